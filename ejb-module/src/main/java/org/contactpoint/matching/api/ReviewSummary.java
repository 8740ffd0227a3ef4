package org.contactpoint.matching.api;

import java.io.Serializable;
import java.time.Instant;

/** One uncertain match in a queue: the record a feed made, the held child it may be, and how sure matching was. */
public record ReviewSummary(long reviewId, String incomingCpId, String heldCpId, String sourceSystem, double score,
                            Instant queuedAt, boolean shielded) implements Serializable {
}
