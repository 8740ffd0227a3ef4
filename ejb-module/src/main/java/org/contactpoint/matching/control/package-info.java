/**
 * Identity matching of source records to children (National-scale issue, first part): {@link
 * org.contactpoint.matching.control.FieldComparator} gives each field's agreement level, {@link
 * org.contactpoint.matching.control.MatchScorer} sums Fellegi–Sunter weights ({@link
 * org.contactpoint.matching.control.MatchWeights}, from {@code match-weights.properties}) and decides link, review or
 * create, and {@link org.contactpoint.matching.control.WeightEstimation} fits the weights to loaded data by EM. Not
 * yet behind the feed path, which still links by exact source identifiers only (feed.control.ExactSourceLinker).
 */
package org.contactpoint.matching.control;
