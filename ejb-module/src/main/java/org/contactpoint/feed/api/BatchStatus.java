package org.contactpoint.feed.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How far a batch has got, its outcome counts and one page of per-line outcomes.
 *
 * @param status   RECEIVED, PROCESSING, DONE or FAILED
 * @param matching how records are matched to children
 * @param failure  why a FAILED batch stopped (lines before it are committed)
 */
public record BatchStatus(long batchId, String sourceSystem, String status, long linesRead, long linked, long created,
                          long review, long ignored, long rejected, Instant receivedAt, Instant finishedAt,
                          String matching, String failure, List<LineOutcome> lines) implements Serializable {

    public static final int LINES_PER_PAGE = 1000;
    public static final String MATCHING = "A record already held (same source and record id) updates its child. "
            + "Otherwise it is matched on identifiers, names, date of birth, gender and postcode: LINKED to a child it "
            + "clearly is, CREATED when it is nobody held, or REVIEW: a child of its own, queued for the local authority "
            + "to decide whether it is the held child it resembles (and shielded at once when that child is shielded).";

    /** One line's outcome: never the record's data, only its id, the ContactPoint ID and, if rejected, why. */
    public record LineOutcome(long line, String sourceRecordId, String outcome, String contactPointId, String field,
                              String reason) implements Serializable {
    }
}
