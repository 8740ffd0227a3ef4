package org.contactpoint.audit.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What to look for in the audit trail; any field may be null. With a child's ContactPoint ID, every use of that
 * child's record is found, whoever made it (the child must be the authority's own); otherwise the events of the
 * authority's own users.
 *
 * @param from first day, inclusive
 * @param to   last day, inclusive
 */
public record AuditQuery(String actor, String contactPointId, String action, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditQuery ofChild(String contactPointId) {
        return new AuditQuery(null, contactPointId, null, null, null);
    }
}
