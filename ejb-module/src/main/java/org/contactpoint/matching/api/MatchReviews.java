package org.contactpoint.matching.api;

import java.util.List;

/**
 * The review queue of a local authority's ContactPoint team (or, for children with no authority, the national
 * team's: {@code "national"}). A decision is final for the pair: same person merges the record a feed made into the
 * held child; different people is remembered. A wrong merge is undone by {@link #unmerge}, which restores both
 * records with their sources and contacts.
 */
public interface MatchReviews {

    /** The queues the caller decides: authority codes, and "national" for national administrators. */
    List<String> reviewedAuthorities();

    /**
     * Pending reviews, oldest first: up to {@code max} (1 to 200) queued after the review {@code afterReviewId} (0 for
     * the oldest), so a team works through a queue of any length page by page.
     */
    ReviewQueue pending(String authority, long afterReviewId, int max);

    ReviewComparison compare(String authority, long reviewId);

    void decide(String authority, long reviewId, boolean samePerson);

    /** Merges {@code mergedCpId} into {@code survivorCpId}: two records of one child found by the team. */
    void merge(String authority, String survivorCpId, String mergedCpId);

    /** Undoes the latest merge of {@code mergedCpId}: both records are separate again, as they were. */
    void unmerge(String authority, String mergedCpId);
}
