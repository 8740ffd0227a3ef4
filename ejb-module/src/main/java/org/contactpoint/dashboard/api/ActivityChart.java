package org.contactpoint.dashboard.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily activity of one authority's users (or "national"): one value per day and series, oldest day first, days
 * without events as 0. Series: record views, searches, denied attempts, failed sign-ins.
 */
public record ActivityChart(String authority, List<LocalDate> days, List<Long> views, List<Long> searches,
                            List<Long> denied, List<Long> loginsFailed) implements Serializable {
}
