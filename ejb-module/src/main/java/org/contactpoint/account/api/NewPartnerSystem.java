package org.contactpoint.account.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.contactpoint.contactdetails.entity.OrganisationName;

/**
 * A partner system as the team registers it. Its source system code is also its organisation: the involvements
 * it records are its own, and it may send that source's feed.
 */
public record NewPartnerSystem(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "must be 3–64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter") String username,
        @NotNull @OrganisationName String name,
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be a source system code such as NOTTS-CSC") String sourceSystem,
        @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000") int requestsPerSecond) {
}
