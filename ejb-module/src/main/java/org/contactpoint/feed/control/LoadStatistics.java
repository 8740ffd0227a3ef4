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
 * <p>
 * The tables are the child's and every table that refers to it, read from the catalogue, so a new one cannot be
 * missed: at a million children the never-analysed settings and GP registrations were read through their primary keys
 * for each chunk's links (EclipseLink's batch read orders by id), 230 ms a read and most of PostgreSQL's time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoadStatistics {

    public static final long AT_LEAST = 5_000;
    private static final Logger LOG = Logger.getLogger(LoadStatistics.class.getName());
    private static final String TABLES_REFERRING_TO_CHILD = "SELECT string_agg(DISTINCT conrelid::regclass::text, ', ') "
            + "FROM pg_constraint WHERE contype = 'f' AND confrelid = 'child'::regclass";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private final AtomicLong sinceLast = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long childrenAtLast;
    private volatile Boolean postgres;
    private volatile String tables;

    /** Counts records applied; analyses the feed's tables when they have grown enough since the last time. */
    public void applied(int records) {
        long since = sinceLast.addAndGet(records);
        if (since < Math.max(AT_LEAST, childrenAtLast / 10) || !isPostgres() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            em.createNativeQuery("ANALYZE " + tables()).executeUpdate();
            childrenAtLast = ((Number) em.createNativeQuery("SELECT reltuples FROM pg_class WHERE relname = 'child'")
                    .getSingleResult()).longValue();
            sinceLast.set(0);
            LOG.info(() -> "Planner statistics refreshed during a feed load (about " + childrenAtLast + " children) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
            running.set(false);
        }
    }

    /** The child, the tables that refer to it (settings, GP practices, source records, ...) and the batch lines. */
    String tables() {
        if (tables == null) {
            tables = "child, " + em.createNativeQuery(TABLES_REFERRING_TO_CHILD).getSingleResult() + ", feed_batch_line";
        }
        return tables;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = DatabaseProduct.isPostgres(em);
        }
        return postgres;
    }
}
