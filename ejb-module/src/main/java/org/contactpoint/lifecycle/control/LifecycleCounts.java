package org.contactpoint.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.lifecycle.api.LifecycleAction;
import org.contactpoint.lifecycle.api.LifecycleReport;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A run's counts per authority and action ({@code lifecycle_run_count}), added to in each chunk's transaction. */
@ApplicationScoped
public class LifecycleCounts {

    static final String NO_AUTHORITY = "none";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /** One run at a time writes its own rows, so update-then-insert needs no further locking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(long runId, Map<LifecycleReportKey, Long> counts) {
        counts.forEach((key, n) -> {
            String la = key.authority() == null ? NO_AUTHORITY : key.authority();
            int updated = em.createNativeQuery("UPDATE lifecycle_run_count SET children = children + ?1 "
                            + "WHERE run_id = ?2 AND la_code = ?3 AND action = ?4")
                    .setParameter(1, n).setParameter(2, runId).setParameter(3, la).setParameter(4, key.action().name())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO lifecycle_run_count (run_id, la_code, action, children) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, runId).setParameter(2, la).setParameter(3, key.action().name()).setParameter(4, n)
                        .executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LifecycleReport.Count> of(long runId) {
        List<?> rows = em.createNativeQuery("SELECT la_code, action, children FROM lifecycle_run_count WHERE run_id = ?1")
                .setParameter(1, runId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new LifecycleReport.Count((String) r[0], LifecycleAction.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .sorted(Comparator.comparing(LifecycleReport.Count::authority).thenComparing(LifecycleReport.Count::action))
                .toList();
    }
}
