package org.contactpoint.dashboard.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.audit.control.ActivityRollup;

import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts live and shielded children per authority into {@code authority_child_count} every ten minutes, so the
 * dashboard reads a few rows instead of the child table (2.3 s at 12 million children). One transaction replaces the
 * whole count, so a reader sees the last count or this one, never half of each. A singleton: counts never overlap.
 */
// Made at deployment, not by its first timer: one made while the application stops broke Payara's undeploy.
@Startup
@DependsOn("SchemaStartup")
@Singleton
public class ChildCounting {

    static final int EVERY_MINUTES = 10;

    private static final Logger LOG = Logger.getLogger(ChildCounting.class.getName());

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Schedule(hour = "*", minute = "*/" + EVERY_MINUTES, persistent = false)
    void onTimer() {
        try {
            recount();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Counting children for the dashboard failed; it keeps the last count", e);
        }
    }

    /** Counts again now (on the timer; when there is no count yet; and in tests, instead of waiting). */
    public void recount() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT responsible_la_code, COUNT(*), "
                + "SUM(CASE WHEN shielded THEN 1 ELSE 0 END) FROM child WHERE status = 'ACTIVE' "
                + "AND responsible_la_code IS NOT NULL GROUP BY responsible_la_code").getResultList();
        LocalDateTime now = LocalDateTime.now(ActivityRollup.ENGLAND);
        em.createNativeQuery("DELETE FROM authority_child_count").executeUpdate();
        for (Object[] r : rows) {
            em.createNativeQuery("INSERT INTO authority_child_count (la_code, children, shielded, counted_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, r[0]).setParameter(2, ((Number) r[1]).longValue())
                    .setParameter(3, r[2] == null ? 0L : ((Number) r[2]).longValue()).setParameter(4, now).executeUpdate();
        }
    }
}
