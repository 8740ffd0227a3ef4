package org.contactpoint.lifecycle.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lifecycle run's summary: what it did (or, dry, would do) per authority and action. A run cut short (status
 * RUNNING long after it started, or FAILED) still reports what it committed; running again finishes the work.
 */
public record LifecycleReport(long runId, LocalDate asOf, boolean dryRun, String startedBy, Instant startedAt,
                              Instant finishedAt, String status, String failure, List<Count> counts) implements Serializable {

    /** {@code authority} is "none" for a child with no responsible authority. */
    public record Count(String authority, LifecycleAction action, long children) implements Serializable {
    }

    public long total(LifecycleAction action) {
        return counts.stream().filter(c -> c.action() == action).mapToLong(Count::children).sum();
    }

    public long total() {
        return counts.stream().mapToLong(Count::children).sum();
    }
}
