package org.contactpoint.feed.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.schema.control.DatabaseProduct;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Keeps PostgreSQL's planner statistics in step with a load. A load from empty grows the child tables by millions of
 * rows; where autovacuum is off or behind, the planner, and each pooled connection's cached generic plans, still take
 * the tables for empty and scan them whole for every record (seen: the identifier read of each candidate list scanned
 * all identifiers). So after a tenth of growth, and at least {@value #AT_LEAST} records applied on this instance, the
 * tables a feed writes are analysed, which also makes the connections plan their statements again. Statistics only:
 * nothing correct depends on it, so a per-instance count is enough.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoadStatistics {

    public static final long AT_LEAST = 5_000;
    private static final Logger LOG = Logger.getLogger(LoadStatistics.class.getName());
    private static final String TABLES = "child, child_search_key, child_identifier, child_other_name, child_address, "
            + "source_record, involvement, parent_carer";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private final AtomicLong sinceLast = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long childrenAtLast;
    private volatile Boolean postgres;

    /** Counts records applied; analyses the feed's tables when they have grown enough since the last time. */
    public void applied(int records) {
        long since = sinceLast.addAndGet(records);
        if (since < Math.max(AT_LEAST, childrenAtLast / 10) || !isPostgres() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            em.createNativeQuery("ANALYZE " + TABLES).executeUpdate();
            childrenAtLast = ((Number) em.createNativeQuery("SELECT reltuples FROM pg_class WHERE relname = 'child'")
                    .getSingleResult()).longValue();
            sinceLast.set(0);
            LOG.info(() -> "Planner statistics refreshed during a feed load (about " + childrenAtLast + " children) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
            running.set(false);
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = DatabaseProduct.isPostgres(em);
        }
        return postgres;
    }
}
