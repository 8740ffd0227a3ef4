package org.contactpoint.audit.api;

import jakarta.ejb.Local;

/**
 * Searching the audit trail (Management console): by user, by child ("who has looked at this child, when and
 * why"), by action and by time, newest first, a page at a time. Needs {@code audit:read:<authority>}; every search
 * is itself audited.
 */
@Local
public interface AuditTrail {

    /**
     * The pseudo-authority of users with none (national administrators, auditors, national partners): their activity
     * and misuse alerts are filed under it, for readers of every authority's audit.
     */
    String NATIONAL = "national";

    /** The authorities whose audit trail the caller may read (none for most users). */
    java.util.List<String> readableAuthorities();

    /**
     * @param before the {@link AuditPage#nextBefore()} of the previous page, or null for the newest events
     * @throws org.contactpoint.access.api.RequestProblem naming the criterion at fault
     */
    AuditPage find(String authority, AuditQuery query, Long before);

    /**
     * The events for a downloaded report (up to 100,000, newest first; {@code nextBefore} is set when there were
     * more: narrow the dates). Only what the events hold, nothing of a child's record. The download is audited.
     */
    AuditPage report(String authority, AuditQuery query);
}
