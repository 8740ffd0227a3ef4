package org.contactpoint.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.contactpoint.schema.control.PlainJdbc;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.feed.api.BatchStatus;
import org.contactpoint.feed.api.SourceRecordStatus;
import org.contactpoint.feed.entity.FeedBatch;
import org.contactpoint.feed.entity.RecordOutcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The feed_batch and feed_batch_line tables (V6): a batch's state and counts, and one row per line. Lines are
 * written in the same transaction as the records of their chunk, so the counts always agree with what is stored.
 */
@ApplicationScoped
public class FeedBatchStore {

    public static final String RECEIVED = "RECEIVED";
    static final String PROCESSING = "PROCESSING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    /** One line's outcome, before it is stored. */
    public record Line(long line, String sourceRecordId, RecordOutcome outcome, String contactPointId, String field,
                       String reason) {
    }

    /** A batch received or being processed: where it has got to. */
    public record Unfinished(long batchId, String sourceSystem, String status, long linesRead, Instant receivedAt) {

        boolean receivedBefore(Instant when) {
            return receivedAt.isBefore(when);
        }
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Unfinished> unfinished() {
        return em.createNativeQuery("SELECT id, source_system, status, lines_read, received_at FROM feed_batch "
                        + "WHERE status IN (?1, ?2) ORDER BY id").setParameter(1, RECEIVED).setParameter(2, PROCESSING)
                .getResultList().stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new Unfinished(num(r[0]), (String) r[1], (String) r[2], num(r[3]), instant(r[4]));
                }).toList();
    }

    /** Where the batch has got to: the last line of its last committed chunk; empty once it is DONE or FAILED. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> resumeAfter(long batchId) {
        List<?> rows = em.createNativeQuery("SELECT lines_read FROM feed_batch WHERE id = ?1 AND status IN (?2, ?3)")
                .setParameter(1, batchId).setParameter(2, RECEIVED).setParameter(3, PROCESSING).getResultList();
        return rows.stream().findFirst().map(FeedBatchStore::num);
    }

    /** Whether the database answers at all: a chunk that failed because it does not is not the records' fault. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean databaseAnswers() {
        try {
            em.createNativeQuery("SELECT 1 FROM feed_batch WHERE 1 = 0").getResultList();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Committed at once, so the background processing (another transaction) sees the batch. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(String sourceSystem, String submittedBy) {
        FeedBatch batch = new FeedBatch(sourceSystem, submittedBy, RECEIVED, Clock.systemUTC().instant());
        em.persist(batch);
        em.flush();
        return batch.id();
    }

    /** Joins the chunk's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long batchId, List<Line> lines) {
        long[] counts = new long[RecordOutcome.values().length];
        List<List<?>> rows = new java.util.ArrayList<>(lines.size());
        for (Line l : lines) {
            counts[l.outcome().ordinal()]++;
            rows.add(java.util.Arrays.asList(batchId, l.line(), cut(l.sourceRecordId(), 64), l.outcome().name(),
                    l.contactPointId(), cut(l.field(), 100), cut(l.reason(), 400)));
        }
        PlainJdbc.batch(em, "INSERT INTO feed_batch_line (batch_id, line_no, source_record_id, outcome, child_cp_id, "
                + "field, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        long last = lines.stream().mapToLong(Line::line).max().orElse(0);
        em.createNativeQuery("UPDATE feed_batch SET status = ?1, lines_read = GREATEST(lines_read, ?2), linked = linked + ?3, "
                        + "created = created + ?4, review = review + ?5, ignored = ignored + ?6, rejected = rejected + ?7, "
                        + "version = version + 1 WHERE id = ?8")
                .setParameter(1, PROCESSING).setParameter(2, last)
                .setParameter(3, counts[RecordOutcome.LINKED.ordinal()]).setParameter(4, counts[RecordOutcome.CREATED.ordinal()])
                .setParameter(5, counts[RecordOutcome.REVIEW.ordinal()]).setParameter(6, counts[RecordOutcome.IGNORED.ordinal()])
                .setParameter(7, counts[RecordOutcome.REJECTED.ordinal()]).setParameter(8, batchId).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long batchId, String failure) {
        em.createNativeQuery("UPDATE feed_batch SET status = ?1, finished_at = ?2, failure = ?3, version = version + 1 WHERE id = ?4")
                .setParameter(1, failure == null ? DONE : FAILED).setParameter(2, Timestamp.from(Clock.systemUTC().instant()))
                .setParameter(3, cut(failure, 400)).setParameter(4, batchId).executeUpdate();
    }

    public Optional<BatchStatus> status(String sourceSystem, long batchId, long fromLine) {
        List<?> rows = em.createNativeQuery("SELECT status, lines_read, linked, created, review, ignored, rejected, "
                        + "received_at, finished_at, failure FROM feed_batch WHERE id = ?1 AND source_system = ?2")
                .setParameter(1, batchId).setParameter(2, sourceSystem).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        List<BatchStatus.LineOutcome> lines = em.createNativeQuery("SELECT line_no, source_record_id, outcome, child_cp_id, "
                        + "field, reason FROM feed_batch_line WHERE batch_id = ?1 AND line_no >= ?2 ORDER BY line_no")
                .setParameter(1, batchId).setParameter(2, fromLine).setMaxResults(BatchStatus.LINES_PER_PAGE)
                .getResultList().stream().map(o -> {
                    Object[] l = (Object[]) o;
                    return new BatchStatus.LineOutcome(((Number) l[0]).longValue(), (String) l[1], (String) l[2],
                            (String) l[3], (String) l[4], (String) l[5]);
                }).toList();
        return Optional.of(new BatchStatus(batchId, sourceSystem, (String) r[0], num(r[1]), num(r[2]), num(r[3]),
                num(r[4]), num(r[5]), num(r[6]), instant(r[7]), instant(r[8]), BatchStatus.MATCHING,
                (String) r[9], lines));
    }

    public Optional<SourceRecordStatus> sourceRecord(String sourceSystem, String sourceRecordId) {
        List<?> rows = em.createNativeQuery("SELECT c.cp_id, s.outcome FROM source_record s LEFT JOIN child c ON c.id = s.child_id "
                        + "WHERE s.source_system = ?1 AND s.source_record_id = ?2")
                .setParameter(1, sourceSystem).setParameter(2, sourceRecordId).getResultList();
        return rows.stream().findFirst().map(o -> {
            Object[] r = (Object[]) o;
            return new SourceRecordStatus(sourceRecordId, (String) r[0], (String) r[1]);
        });
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Instant instant(Object o) {
        return o == null ? null : ((Timestamp) o).toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
