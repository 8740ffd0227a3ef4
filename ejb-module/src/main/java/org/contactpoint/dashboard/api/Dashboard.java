package org.contactpoint.dashboard.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * The management console's dashboard: figures for each authority the caller may read the audit of (a team its own,
 * national administrators and auditors all), and each one's daily activity from the audit stream.
 */
@Local
public interface Dashboard {

    List<AuthorityFigures> figures();

    /** The last {@code days} days (1 to 366) of activity, today included. */
    ActivityChart activity(String authority, int days);
}
