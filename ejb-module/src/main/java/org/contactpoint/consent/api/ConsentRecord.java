package org.contactpoint.consent.api;

import java.io.Serializable;
import java.time.Instant;

/** One consent to record a sensitive service, as the ContactPoint team's register shows it. */
public record ConsentRecord(long consentId, String serviceType, String givenBy, String givenByName, Instant givenAt,
                            String recordedBy, Instant recordedAt, Instant withdrawnAt, String withdrawnBy,
                            long involvements) implements Serializable {

    public boolean isActive() {
        return withdrawnAt == null;
    }
}
