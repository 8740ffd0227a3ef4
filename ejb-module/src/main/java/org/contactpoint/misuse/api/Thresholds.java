package org.contactpoint.misuse.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.Serializable;

/** An authority's misuse thresholds (defaults until its team changes them). */
public record Thresholds(
        @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000") int viewsPerHour,
        @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000") int searchesPerHour,
        @Min(value = 0, message = "must be at least 0") @Max(value = 100, message = "must be at most 100") int viewsPerSearchPercent,
        @Min(value = 0, message = "must be at least 0") @Max(value = 23, message = "must be at most 23") int workStartHour,
        @Min(value = 1, message = "must be at least 1") @Max(value = 24, message = "must be at most 24") int workEndHour,
        @Min(value = 1, message = "must be at least 1") @Max(value = 730, message = "must be at most 730") int newAddressDays)
        implements Serializable {
}
