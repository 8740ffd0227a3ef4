package org.contactpoint.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.lifecycle.api.LifecycleReport;
import org.contactpoint.lifecycle.entity.LifecycleRun;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Lifecycle runs' own rows: started, finished (or failed), and read back as reports. */
@ApplicationScoped
public class LifecycleRuns {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    LifecycleCounts counts;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(LocalDate asOf, boolean dryRun, String actor) {
        LifecycleRun run = new LifecycleRun(asOf, dryRun, actor, clock.instant());
        em.persist(run);
        em.flush();
        return run.id();
    }

    /** Completes the run (with a dry run's counts), or marks it failed when {@code failure} is given. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId, Map<LifecycleReportKey, Long> dryCounts, String failure) {
        LifecycleRun run = em.find(LifecycleRun.class, runId);
        if (failure != null) {
            run.failed(clock.instant(), failure);
            return;
        }
        if (!dryCounts.isEmpty()) {
            counts.add(runId, dryCounts);
        }
        run.completed(clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LifecycleReport report(long runId) {
        return report(em.find(LifecycleRun.class, runId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LifecycleReport> recent(int max) {
        return em.createQuery("SELECT r FROM LifecycleRun r ORDER BY r.startedAt DESC, r.id DESC", LifecycleRun.class)
                .setMaxResults(max).getResultList().stream().map(this::report).toList();
    }

    private LifecycleReport report(LifecycleRun run) {
        return new LifecycleReport(run.id(), run.asOf(), run.isDryRun(), run.startedBy(), run.startedAt(),
                run.finishedAt().orElse(null), run.status().name(), run.failure().orElse(null), counts.of(run.id()));
    }
}
