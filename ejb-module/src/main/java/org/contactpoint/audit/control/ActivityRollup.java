package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.audit.entity.Outcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Daily activity per authority for the dashboard's charts ({@code activity_day}), counted as events arrive so a
 * chart never scans the audit table: record views, searches, denied attempts and failed sign-ins, by the actor's
 * authority (a sign-in's from its account; "national" for none) and the day in England.
 */
@ApplicationScoped
public class ActivityRollup implements AuditFollower {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    public enum Series { VIEWS, SEARCHES, DENIED, LOGINS_FAILED }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ActorAuthorities authorities;

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public void apply(List<StreamEvent> page) {
        Map<List<Object>, Long> counts = new HashMap<>();
        Map<String, String> actors = authorities.of(page);
        for (StreamEvent e : page) {
            series(e).ifPresent(series -> counts.merge(List.of(LocalDate.ofInstant(e.at(), ENGLAND),
                    actors.getOrDefault(e.actor(), AuditTrail.NATIONAL), series.name()), 1L, Long::sum));
        }
        counts.forEach((key, n) -> {
            int updated = em.createNativeQuery("UPDATE activity_day SET events = events + ?1 WHERE on_day = ?2 AND la_code = ?3 AND series = ?4")
                    .setParameter(1, n).setParameter(2, key.get(0)).setParameter(3, key.get(1)).setParameter(4, key.get(2))
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO activity_day (on_day, la_code, series, events) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, key.get(0)).setParameter(2, key.get(1)).setParameter(3, key.get(2)).setParameter(4, n)
                        .executeUpdate();
            }
        });
    }

    static Optional<Series> series(StreamEvent e) {
        if (e.isLogin()) {
            return e.outcome() == Outcome.DENIED ? Optional.of(Series.LOGINS_FAILED) : Optional.empty();
        }
        if (e.outcome() == Outcome.DENIED) {
            return Optional.of(Series.DENIED);
        }
        if (e.isRecordView()) {
            return Optional.of(Series.VIEWS);
        }
        return e.isSearch() ? Optional.of(Series.SEARCHES) : Optional.empty();
    }
}
