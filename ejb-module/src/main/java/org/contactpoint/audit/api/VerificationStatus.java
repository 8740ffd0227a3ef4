package org.contactpoint.audit.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A chain walk's progress and outcome: {@code checked} of about {@code total} events; when finished, intact or the
 * first broken sequence number and why.
 */
public record VerificationStatus(State state, long checked, long total, Long brokenAt, String reason,
                                 String startedBy, Instant startedAt, Instant finishedAt) implements Serializable {

    public enum State { NOT_STARTED, RUNNING, INTACT, BROKEN, FAILED }

    public static VerificationStatus notStarted() {
        return new VerificationStatus(State.NOT_STARTED, 0, 0, null, null, null, null, null);
    }

    public int percent() {
        return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, checked * 100 / total);
    }
}
