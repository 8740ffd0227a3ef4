package org.contactpoint.dashboard.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One authority's figures on the dashboard.
 *
 * @param childrenCountedAt when {@code children} and {@code shielded} were counted (England's time): they are counted
 *                          every few minutes, not at each reading; the other figures are as of now
 */
public record AuthorityFigures(String authority, String name, long children, long shielded,
                               LocalDateTime childrenCountedAt, long pendingDecisions,
                               long overdueReviews, long openAlerts, long checksExpiringIn30Days) implements Serializable {
}
