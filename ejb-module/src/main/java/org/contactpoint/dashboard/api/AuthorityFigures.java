package org.contactpoint.dashboard.api;

import java.io.Serializable;

/** One authority's figures on the dashboard. */
public record AuthorityFigures(String authority, String name, long children, long shielded, long pendingDecisions,
                               long overdueReviews, long openAlerts, long checksExpiringIn30Days) implements Serializable {
}
