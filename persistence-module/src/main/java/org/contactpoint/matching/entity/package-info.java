/**
 * Identity matching's model and stored state. {@link org.contactpoint.matching.entity.FieldComparator} gives each
 * field's agreement level, {@link org.contactpoint.matching.entity.MatchScorer} sums Fellegi–Sunter weights
 * ({@link org.contactpoint.matching.entity.MatchWeights}, {@code match-weights.properties}) and decides, and
 * {@link org.contactpoint.matching.entity.WeightEstimation} fits the weights by EM. These are pure Java here, beside
 * the search keys they build on, so the server and the command-line weights tool share one implementation. The
 * review queue ({@link org.contactpoint.matching.entity.MatchReview}) and merges
 * ({@link org.contactpoint.matching.entity.ChildMerge}) are stored here too.
 */
package org.contactpoint.matching.entity;
