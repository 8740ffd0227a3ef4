package org.contactpoint.audit.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One page of audit events, newest first. {@code nextBefore} continues with older events (keyset paging: each page
 * is an index range read, however deep into millions of events), null when there are none.
 */
public record AuditPage(List<Entry> events, Long nextBefore) implements Serializable {

    public static final int PAGE_SIZE = 50;

    /** One event as it is held: who, when, from where, what, about which child, with which parameters and outcome. */
    public record Entry(long sequence, Instant occurredAt, String actor, String actorRole, String localAuthority,
                        String channel, String action, String contactPointId, String parameters, String outcome,
                        String clientAddress) implements Serializable {
    }
}
