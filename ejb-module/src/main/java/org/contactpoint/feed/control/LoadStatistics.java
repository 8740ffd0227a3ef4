package org.contactpoint.feed.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.schema.control.DatabaseProduct;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Keeps PostgreSQL's planner statistics in step with a load. A load from empty grows the child tables by millions of
 * rows; where autovacuum is off or behind, the planner, and each pooled connection's cached generic plans, still take
 * the tables for empty and scan them whole for every record (seen: the identifier read of each candidate list scanned
 * all identifiers). So every {@value #AT_LEAST} records applied on this instance, the tables a feed writes are looked
 * up in the catalogue, and those never analysed, or changed since their last analysis by as many rows as they then
 * had (and at least {@value #AT_LEAST}), are analysed, which also makes the connections plan their statements again.
 * <p>
 * Only those tables, and only on doubling: the planner scales a table's row estimate by its current size itself, so
 * what goes stale is an empty table's plans and the columns' statistics. Analysing every table after each tenth of
 * growth of the children took 36 of the 231 s of a 100,000-child load of four sources (docs/benchmarks.md), most of
 * it on tables the linking sources hardly change. Statistics only: nothing correct depends on it, so a per-instance
 * count is enough.
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
    private static final String TABLES_REFERRING_TO_CHILD = "SELECT DISTINCT conrelid::regclass::text "
            + "FROM pg_constraint WHERE contype = 'f' AND confrelid = 'child'::regclass";
    /** The feed's tables never analysed, or changed since by as many rows as they had then (at least ?2). */
    private static final String STALE = "SELECT c.relname FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid "
            + "WHERE c.relname = ANY (string_to_array(?1, ',')) AND (c.reltuples < 0 OR s.n_mod_since_analyze >= GREATEST(?2, c.reltuples)) "
            + "ORDER BY c.relname";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private final AtomicLong sinceLast = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Boolean postgres;
    private volatile String tables;

    /** Counts records applied; analyses the feed's tables that have grown enough since their last analysis. */
    public void applied(int records) {
        if (sinceLast.addAndGet(records) < AT_LEAST || !isPostgres() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            sinceLast.set(0);
            List<?> stale = em.createNativeQuery(STALE).setParameter(1, tables()).setParameter(2, AT_LEAST).getResultList();
            if (stale.isEmpty()) {
                return;
            }
            String names = String.join(", ", stale.stream().map(Object::toString).toList());
            long started = System.nanoTime();
            em.createNativeQuery("ANALYZE " + names).executeUpdate();
            LOG.info(() -> "Planner statistics refreshed during a feed load (" + names + ") in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
            running.set(false);
        }
    }

    /** The child, the tables that refer to it (settings, GP practices, source records, ...) and the batch lines. */
    String tables() {
        if (tables == null) {
            List<?> referring = em.createNativeQuery(TABLES_REFERRING_TO_CHILD).getResultList();
            tables = "child," + String.join(",", referring.stream().map(Object::toString).toList()) + ",feed_batch_line";
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
