package org.contactpoint.misuse.api;

import java.io.Serializable;
import java.time.Instant;

/** An alert as the console lists it. */
public record AlertView(long id, String authority, String rule, String ruleLabel, String actor, Instant raisedAt,
                        String detail, String status, String handledBy, Instant handledAt, String note) implements Serializable {
}
