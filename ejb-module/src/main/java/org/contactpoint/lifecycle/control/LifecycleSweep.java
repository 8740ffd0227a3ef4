package org.contactpoint.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.lifecycle.api.LifecycleReport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A lifecycle run: selects the children each rule may apply to (by indexed date columns, in id order, a chunk at a
 * time) and hands each chunk to {@link LifecycleChunk}, which decides again under lock. Outside any transaction:
 * each chunk commits on its own, so a long run holds no locks and a run cut short keeps what it did.
 */
@ApplicationScoped
public class LifecycleSweep {

    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(LifecycleSweep.class.getName());

    /** Candidate selections: live children by age or death, archived ones by archiving date. */
    private static final List<String> SELECTIONS = List.of(
            "SELECT id FROM child WHERE status = 'ACTIVE' AND date_of_birth <= ?1 AND care_leaver_consent_on IS NULL AND id > ?2 ORDER BY id",
            "SELECT id FROM child WHERE status = 'ACTIVE' AND date_of_birth <= ?1 AND id > ?2 ORDER BY id",
            "SELECT id FROM child WHERE status = 'ACTIVE' AND date_of_death <= ?1 AND id > ?2 ORDER BY id",
            "SELECT id FROM child WHERE status = 'ARCHIVED' AND archived_on <= ?1 AND id > ?2 ORDER BY id");

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    LifecycleChunk chunks;

    @Inject
    LifecycleRuns runs;

    @Inject
    LifecycleCounts counts;

    @Inject
    Housekeeping keeping;

    /** One run at a time on this instance (a second would only repeat the first's work). */
    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts a run (its row, RUNNING) unless one is in progress on this instance; {@link #execute} does the work. */
    public long reserve(LocalDate asOf, boolean dryRun, String actor) {
        if (!running.compareAndSet(false, true)) {
            throw new RequestProblem("run", "A lifecycle run is in progress already: wait for it to finish.");
        }
        try {
            return runs.start(asOf, dryRun, actor);
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    /** Does a reserved run's work and finishes it; the reservation ends however it ends. */
    public LifecycleReport execute(long runId, LocalDate asOf, boolean dryRun, String actor, Channel channel) {
        try {
            Map<LifecycleReportKey, Long> preview = new HashMap<>();
            LocalDate[] cutoffs = {LifecycleRule.bornOnOrBefore(asOf, LifecycleRule.ADULT),
                    LifecycleRule.bornOnOrBefore(asOf, LifecycleRule.CARE_LEAVER_LIMIT), LifecycleRule.deathCutoff(asOf),
                    LifecycleRule.purgeCutoff(asOf)};
            for (int s = 0; s < SELECTIONS.size(); s++) {
                long after = 0;
                for (List<Long> ids = page(s, cutoffs[s], after); !ids.isEmpty(); ids = page(s, cutoffs[s], after)) {
                    after = ids.get(ids.size() - 1);
                    if (dryRun) {
                        chunks.preview(ids, asOf).forEach((k, n) -> preview.merge(k, n, Long::sum));
                    } else {
                        chunks.apply(runId, ids, asOf, actor, channel);
                    }
                }
            }
            if (!dryRun) {
                housekeeping(asOf);
            }
            runs.finish(runId, preview, null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Lifecycle run " + runId + " failed", e);
            runs.finish(runId, Map.of(), e.getClass().getSimpleName());
            throw e;
        } finally {
            running.set(false);
        }
        return runs.report(runId);
    }

    private void housekeeping(LocalDate asOf) {
        int keys = keeping.forgetIdempotencyKeys(asOf);
        int batches = 0;
        for (List<Long> old = keeping.batchesWithOldLines(asOf, CHUNK); !old.isEmpty(); old = keeping.batchesWithOldLines(asOf, CHUNK)) {
            old.forEach(keeping::forgetLines);
            batches += old.size();
        }
        LOG.info("Lifecycle housekeeping as of " + asOf + ": " + keys + " idempotency keys and the line outcomes of "
                + batches + " old feed batches forgotten");
    }

    private List<Long> page(int selection, LocalDate cutoff, long after) {
        return ((List<?>) em.createNativeQuery(SELECTIONS.get(selection)).setParameter(1, cutoff).setParameter(2, after)
                .setMaxResults(CHUNK).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }
}
