package org.contactpoint.misuse.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * The misuse-alert queue of an authority's team (national administrators and auditors: "national" and any
 * authority), and the authority's thresholds for the rules. Needs {@code audit:read:<authority>}; every action audited.
 */
@Local
public interface MisuseAlerts {

    /** Open alerts, oldest first. */
    List<AlertView> open(String authority);

    /** Alerts handled in the last 30 days, newest first. */
    List<AlertView> recentlyHandled(String authority);

    /** Looked at, nothing to pursue. {@code note} is required (at most 1000 characters). */
    void acknowledge(String authority, long alertId, String note);

    /** Passed on (e.g. to the authority's information-governance lead). {@code note} is required. */
    void escalate(String authority, long alertId, String note);

    Thresholds thresholds(String authority);

    void changeThresholds(String authority, Thresholds thresholds);
}
