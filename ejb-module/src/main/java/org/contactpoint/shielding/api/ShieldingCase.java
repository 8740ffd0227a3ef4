package org.contactpoint.shielding.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A shielding request as the deciding team sees it: the child (the team sees shielded records in full), who asked,
 * on what ground and why (restricted to the team), how long it has waited, and the review date once approved.
 */
public record ShieldingCase(long requestId, String contactPointId, String childName, LocalDate dateOfBirth,
                            String requestedBy, LocalDateTime requestedAt, long daysWaiting, boolean onBehalfOfParent,
                            String ground, String justification, String status, LocalDate reviewOn) implements Serializable {
}
