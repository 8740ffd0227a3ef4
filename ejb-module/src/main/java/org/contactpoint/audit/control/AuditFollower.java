package org.contactpoint.audit.control;

import java.util.List;

/**
 * Something that follows the audit stream (activity counts, misuse rules): given each page of new events in
 * sequence order, exactly once, inside the transaction that also moves its checkpoint.
 */
public interface AuditFollower {

    /** Its checkpoint's name in {@code audit_follower}. */
    String name();

    void apply(List<StreamEvent> page);
}
