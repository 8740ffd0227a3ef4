package org.contactpoint.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a real lifecycle run also clears, none of it about a child: idempotency keys older than a day (a partner
 * retries within minutes; docs/api.md promises 24 hours) and the per-line outcomes of feed batches received more
 * than {@value #BATCH_LINE_DAYS} days ago (the batch's own counts stay). A batch at a time, each in its own
 * transaction, so a large backlog holds no long locks.
 */
@ApplicationScoped
public class Housekeeping {

    static final int IDEMPOTENCY_DAYS = 1;
    static final int BATCH_LINE_DAYS = 90;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetIdempotencyKeys(LocalDate asOf) {
        return em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(asOf.minusDays(IDEMPOTENCY_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .executeUpdate();
    }

    /** Batches received before the cutoff that still have line outcomes, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> batchesWithOldLines(LocalDate asOf, int max) {
        return ((List<?>) em.createNativeQuery("SELECT b.id FROM feed_batch b WHERE b.received_at < ?1 AND EXISTS "
                        + "(SELECT 1 FROM feed_batch_line l WHERE l.batch_id = b.id) ORDER BY b.id")
                .setParameter(1, Timestamp.from(asOf.minusDays(BATCH_LINE_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .setMaxResults(max).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetLines(long batchId) {
        return em.createNativeQuery("DELETE FROM feed_batch_line WHERE batch_id = ?1").setParameter(1, batchId).executeUpdate();
    }
}
