/**
 * Identity matching of source records to children : {@link
 * org.contactpoint.matching.entity.FieldComparator} gives each field's agreement level, {@link
 * org.contactpoint.matching.entity.MatchScorer} sums Fellegi–Sunter weights ({@link
 * org.contactpoint.matching.entity.MatchWeights}, from {@code match-weights.properties}) and decides link, review or
 * create, and {@link org.contactpoint.matching.entity.WeightEstimation} fits the weights to loaded data by EM.
 * {@link org.contactpoint.matching.control.MatchCandidates} finds candidates by blocking and {@link
 * org.contactpoint.matching.control.IdentityDecision} turns the scores into link, review or create, shield-safe;
 * the feed path ({@code feed.control.SourceLinker}) applies the result.
 */
package org.contactpoint.matching.control;

