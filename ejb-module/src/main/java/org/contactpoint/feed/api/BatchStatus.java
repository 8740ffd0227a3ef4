package org.contactpoint.feed.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How far a batch has got, its outcome counts and one page of per-line outcomes.
 *
 * @param status   RECEIVED, PROCESSING, DONE or FAILED
 * @param matching how records are matched to children today (exact source identifiers only, until identity
 *                 matching lands)
 * @param failure  why a FAILED batch stopped (lines before it are committed)
 */
public record BatchStatus(long batchId, String sourceSystem, String status, long linesRead, long linked, long created,
                          long review, long ignored, long rejected, Instant receivedAt, Instant finishedAt,
                          String matching, String failure, List<LineOutcome> lines) implements Serializable {

    public static final int LINES_PER_PAGE = 1000;
    public static final String EXACT_IDENTIFIERS_ONLY = "Records are linked only by exact identifiers (the source's own "
            + "record id, an NHS number or UPN a child already has); otherwise a child is created. Identity matching "
            + "with review of uncertain matches replaces this in a later release.";

    /** One line's outcome: never the record's data, only its id, the ContactPoint ID and, if rejected, why. */
    public record LineOutcome(long line, String sourceRecordId, String outcome, String contactPointId, String field,
                              String reason) implements Serializable {
    }
}
