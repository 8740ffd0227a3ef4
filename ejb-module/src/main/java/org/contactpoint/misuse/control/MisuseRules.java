package org.contactpoint.misuse.control;

import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.audit.control.ActivityRollup;
import org.contactpoint.audit.control.StreamEvent;
import org.contactpoint.misuse.entity.MisuseRule;
import org.contactpoint.misuse.entity.MisuseThresholds;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The misuse rules over one page of the audit stream, in order. Windowed rules (heavy viewing, trawling) look at
 * each actor's latest view or search in the page and the hour before it; per-event rules (shielded records, other
 * authorities' children, out of hours, new sign-in addresses) at each event. Partner systems and ContactPoint's own
 * jobs are not people: the volume, out-of-hours and address rules skip them (a partner's volume is bounded by its
 * rate limit), the record rules apply to everyone.
 */
public final class MisuseRules {

    private static final ZoneId ENGLAND = ActivityRollup.ENGLAND;

    private static final Duration HOUR = Duration.ofHours(1);
    private static final DateTimeFormatter HOUR_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ENGLAND);
    private static final DateTimeFormatter DAY_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ENGLAND);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm").withZone(ENGLAND);

    private MisuseRules() {
    }

    public static List<Finding> findings(List<StreamEvent> page, MisuseContext context) {
        Map<String, Finding> found = new LinkedHashMap<>();
        Map<String, StreamEvent> lastView = new LinkedHashMap<>();
        Map<String, StreamEvent> lastSearch = new LinkedHashMap<>();
        for (StreamEvent e : page) {
            if (e.isRecordView()) {
                recordRules(e, context).forEach(f -> add(found, f));
            }
            if (isPerson(e)) {
                if (e.isRecordView()) {
                    lastView.put(e.actor(), e);
                } else if (e.isSearch()) {
                    lastSearch.put(e.actor(), e);
                }
                outOfHours(e, context).ifPresent(f -> add(found, f));
                newAddress(e, context).ifPresent(f -> add(found, f));
            }
        }
        lastView.values().forEach(e -> heavyViewing(e, context).ifPresent(f -> add(found, f)));
        lastSearch.values().forEach(e -> trawling(e, context).ifPresent(f -> add(found, f)));
        return new ArrayList<>(found.values());
    }

    private static void add(Map<String, Finding> found, Finding f) {
        found.putIfAbsent(f.rule() + "|" + f.actor() + "|" + f.periodKey(), f);
    }

    private static boolean isPerson(StreamEvent e) {
        return !"PARTNER_SYSTEM".equals(e.actorRole()) && !e.actor().startsWith("system.");
    }

    private static String authority(StreamEvent e, MisuseContext context) {
        return e.authority() != null ? e.authority() : context.authorityOf(e.actor()).orElse(AuditTrail.NATIONAL);
    }

    static Optional<Finding> heavyViewing(StreamEvent last, MisuseContext context) {
        String la = authority(last, context);
        int limit = context.thresholds(la).viewsPerHour();
        long views = context.count(last.actor(), MisuseContext.Kind.VIEW, last.at().minus(HOUR), last.at());
        if (views <= limit) {
            return Optional.empty();
        }
        return Optional.of(new Finding(MisuseRule.HEAVY_VIEWING, la, last.actor(), HOUR_KEY.format(last.at()), last.seq(),
                views + " record views in the hour to " + TIME.format(last.at()) + " (threshold " + limit + ")."));
    }

    static Optional<Finding> trawling(StreamEvent last, MisuseContext context) {
        String la = authority(last, context);
        MisuseThresholds t = context.thresholds(la);
        long searches = context.count(last.actor(), MisuseContext.Kind.SEARCH, last.at().minus(HOUR), last.at());
        if (searches < t.searchesPerHour()) {
            return Optional.empty();
        }
        long views = context.count(last.actor(), MisuseContext.Kind.VIEW, last.at().minus(HOUR), last.at());
        if (views * 100 >= searches * t.viewsPerSearchPercent()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(MisuseRule.TRAWLING, la, last.actor(), HOUR_KEY.format(last.at()), last.seq(),
                searches + " searches and " + views + " records opened in the hour to " + TIME.format(last.at())
                        + " (thresholds " + t.searchesPerHour() + " searches, " + t.viewsPerSearchPercent() + " % opened)."));
    }

    /** A shielded record seen by anyone but its own team; another authority's child seen by an authority's user. */
    static List<Finding> recordRules(StreamEvent view, MisuseContext context) {
        if (view.targetCpId() == null) {
            return List.of();
        }
        Optional<MisuseContext.ChildFacts> child = context.child(view.targetCpId());
        if (child.isEmpty() || child.get().authority() == null) {
            return List.of();
        }
        String childsLa = child.get().authority();
        String actorsLa = authority(view, context);
        String key = view.targetCpId() + ":" + DAY_KEY.format(view.at());
        List<Finding> found = new ArrayList<>();
        boolean childsTeam = "LA_MANAGEMENT".equals(view.actorRole()) && childsLa.equals(actorsLa);
        if (child.get().shielded() && !childsTeam) {
            found.add(new Finding(MisuseRule.SHIELDED_VIEW, childsLa, view.actor(), key, view.seq(),
                    "Viewed shielded record " + view.targetCpId() + " on " + TIME.format(view.at()) + "."));
        }
        if (!actorsLa.equals(AuditTrail.NATIONAL) && !actorsLa.equals(childsLa)) {
            found.add(new Finding(MisuseRule.OUTSIDE_AUTHORITY, childsLa, view.actor(), key, view.seq(),
                    "A user of " + actorsLa + " viewed record " + view.targetCpId() + " of this authority on "
                            + TIME.format(view.at()) + "."));
        }
        return found;
    }

    static Optional<Finding> outOfHours(StreamEvent e, MisuseContext context) {
        if (e.isLogin() && e.outcome() != org.contactpoint.audit.entity.Outcome.ALLOWED) {
            return Optional.empty();
        }
        String la = authority(e, context);
        MisuseThresholds t = context.thresholds(la);
        ZonedDateTime local = e.at().atZone(ENGLAND);
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        int hour = local.getHour();
        if (!weekend && hour >= t.workStartHour() && hour < t.workEndHour()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(MisuseRule.OUT_OF_HOURS, la, e.actor(), DAY_KEY.format(e.at()), e.seq(),
                "Active outside working hours (" + t.workStartHour() + ":00–" + t.workEndHour() + ":00 on weekdays): "
                        + e.action() + " on " + TIME.format(e.at()) + "."));
    }

    static Optional<Finding> newAddress(StreamEvent e, MisuseContext context) {
        if (!e.isLogin() || e.outcome() != org.contactpoint.audit.entity.Outcome.ALLOWED || e.clientAddress() == null) {
            return Optional.empty();
        }
        String la = authority(e, context);
        Instant since = e.at().minus(Duration.ofDays(context.thresholds(la).newAddressDays()));
        Set<String> before = context.signInAddresses(e.actor(), since, e.seq());
        if (before.isEmpty() || before.contains(e.clientAddress())) {
            return Optional.empty(); // a first sign-in is not a change of address
        }
        String key = e.clientAddress().length() > 40 ? e.clientAddress().substring(0, 40) : e.clientAddress();
        return Optional.of(new Finding(MisuseRule.NEW_ADDRESS, la, e.actor(), key, e.seq(),
                "Signed in from " + e.clientAddress() + " on " + TIME.format(e.at()) + ", an address not used in the last "
                        + context.thresholds(la).newAddressDays() + " days."));
    }
}
