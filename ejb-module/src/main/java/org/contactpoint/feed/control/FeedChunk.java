package org.contactpoint.feed.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.audit.control.AuditBatch;
import org.contactpoint.audit.control.AuditChain;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.feed.api.FeedProblem;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.matching.control.ChunkSequence;
import org.contactpoint.matching.control.IdentityMatcher;
import org.contactpoint.matching.control.MatchCandidates;
import org.contactpoint.schema.control.NewRows;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Applies a chunk of parsed feed records in one transaction of its own, so a chunk is committed whole or not at all.
 * Chunks read at the same time but write one at a time, whichever batches, sources and servers they come from; a
 * chunk whose reads another chunk's writes made stale reads again before writing ({@link ChunkSequence}).
 * <p>
 * A chunk whose records, as read, only create children ({@link ChunkReads#onlyCreates}: most of a first load) writes
 * them before it waits for its turn, so the other chunk's reads and this one's inserts overlap: they are new rows, which
 * no other chunk reads or waits for (but for one record in two batches at once, whose second insert waits for the
 * first; PostgreSQL then ends one as a deadlock and the batch tries again). If its reads prove stale, it is rolled back
 * and applied again, reading under the lock ({@link StaleReads}).
 */
@Stateless
public class FeedChunk {

    /** One line of a batch: a usable record (with any parts dropped) or the problem that rejected it. */
    public record BatchLine(long line, String sourceRecordId, FeedRecord record, FeedProblem problem) {
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    SourceLinker linker;

    @Inject
    FeedBatchStore batches;

    @Inject
    MatchCandidates blocking;

    @Inject
    IdentityMatcher matcher;

    @Inject
    ReferenceIds referenceIds;

    @Inject
    AuditBatch audit;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** The actor of audit events the feed itself causes (a matching shielded a record). */
    public static final String ACTOR = "system.matching";
    public static final String SHIELDED_BY_MATCHING = "SHIELDED_BY_MATCHING";

    /**
     * The records in one transaction of their own (again, with the lock taken first, if that one read too early), each
     * as sent: a batch's record with a part dropped goes through {@link #applyLines}, which says so.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RecordOutcome> apply(List<FeedRecord> records) {
        try {
            return self().applyOnce(records, true);
        } catch (StaleReads e) {
            return self().applyOnce(records, false);
        }
    }

    /** A batch's lines: the records and the batch's per-line outcomes and counts commit together. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void applyLines(long batchId, List<BatchLine> lines) {
        try {
            self().applyLinesOnce(batchId, lines, true);
        } catch (StaleReads e) {
            self().applyLinesOnce(batchId, lines, false);
        }
    }

    /** For {@link #apply} only (a business method so that it runs in a transaction of its own). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RecordOutcome> applyOnce(List<FeedRecord> records, boolean createFirst) {
        Instant now = Clock.systemUTC().instant();
        List<RecordOutcome> outcomes = new ArrayList<>(records.size());
        List<AuditChain.Entry> shieldings = new ArrayList<>();
        SourceLinker.Linked[] linked = applyAll(records, i -> true, now, createFirst);
        for (int i = 0; i < records.size(); i++) {
            outcomes.add(linked[i].outcome());
            noteShielding(shieldings, records.get(i), linked[i], null);
        }
        em.flush();
        writeAudit(shieldings);
        em.clear();
        return outcomes;
    }

    /** For {@link #applyLines} only (a business method so that it runs in a transaction of its own). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyLinesOnce(long batchId, List<BatchLine> lines, boolean createFirst) {
        Instant now = Clock.systemUTC().instant();
        List<FeedBatchStore.Line> outcomes = new ArrayList<>(lines.size());
        List<AuditChain.Entry> shieldings = new ArrayList<>();
        SourceLinker.Linked[] linked = applyAll(lines.stream().map(BatchLine::record).toList(), i -> lines.get(i).problem() == null,
                now, createFirst);
        for (int i = 0; i < lines.size(); i++) {
            BatchLine l = lines.get(i);
            if (l.record() == null) {
                outcomes.add(new FeedBatchStore.Line(l.line(), l.sourceRecordId(), RecordOutcome.REJECTED, null,
                        l.problem().field(), l.problem().reason()));
                continue;
            }
            outcomes.add(new FeedBatchStore.Line(l.line(), l.sourceRecordId(), linked[i].outcome(), linked[i].contactPointId(),
                    l.problem() == null ? null : l.problem().field(), l.problem() == null ? null : l.problem().reason()));
            noteShielding(shieldings, l.record(), linked[i], batchId);
        }
        em.flush();
        batches.record(batchId, outcomes);
        writeAudit(shieldings);
        em.flush();
        em.clear();
    }

    /**
     * The chunk's records (null for a rejected line) in two rounds. First those the chunk's reads decide
     * ({@link ChunkReads#decides}): they read nothing, so their rows wait and go at the end of the round as JDBC
     * batches, with one flush (new children's rows as {@link NewRows}, written first). Then the rest in file order, each matched with reads of its own after everything before
     * it is written, and let go after it, so the next flush checks only its own objects: a flush walks every managed
     * object, and flushing after each such record while the linked children were still managed cost a quarter of the
     * server's CPU in a million-child load. A record goes first only if no record left for later before it could
     * change its decision or its shielding ({@link ChunkReads#later}).
     *
     * @param whole which records are as sent, none of their parts dropped ({@link SourceLinker#apply})
     */
    private SourceLinker.Linked[] applyAll(List<FeedRecord> records, IntPredicate whole, Instant now,
                                           boolean createFirst) {
        List<FeedRecord> usable = records.stream().filter(java.util.Objects::nonNull).toList();
        long readAt = ChunkSequence.written(em);
        ChunkReads reads = ChunkReads.of(em, blocking, matcher, referenceIds, usable);
        SourceLinker.Linked[] linked = new SourceLinker.Linked[records.size()];
        List<Integer> ownReads = new ArrayList<>();
        NewRows rows = new NewRows(em);
        boolean created = createFirst && reads.onlyCreates(usable);
        if (created) {
            firstRound(records, whole, reads, now, linked, ownReads, rows);
        }
        long lockedAt = ChunkSequence.lock(em);
        if (ChunkSequence.writtenSince(em, readAt, lockedAt, reads.dependencies())) {
            if (created) {
                throw new StaleReads(); // its new children may be another chunk's: all again, reading under the lock
            }
            em.clear(); // the children read for linking may have changed: read them again too
            reads = ChunkReads.of(em, blocking, matcher, referenceIds, usable); // as of now: nobody writes until we commit
        }
        if (!created) {
            firstRound(records, whole, reads, now, linked, ownReads, rows);
        }
        for (int i : ownReads) {
            linked[i] = linker.apply(records.get(i), whole.test(i), now, reads, rows);
            rows.write();
            em.flush();
            em.clear();
        }
        ChunkSequence.wrote(em, lockedAt, reads.writes());
        return linked;
    }

    /** The records the chunk's reads decide, written in one flush; the others are left for reads of their own. */
    private void firstRound(List<FeedRecord> records, IntPredicate whole, ChunkReads reads, Instant now,
                            SourceLinker.Linked[] linked, List<Integer> ownReads, NewRows rows) {
        for (int i = 0; i < records.size(); i++) {
            FeedRecord r = records.get(i);
            if (r != null && reads.decides(em, r)) {
                linked[i] = linker.apply(r, whole.test(i), now, reads, rows);
            } else if (r != null) {
                reads.later(r);
                ownReads.add(i);
            }
        }
        rows.write();
        em.flush();
        em.clear();
    }

    private FeedChunk self() {
        return context.getBusinessObject(FeedChunk.class);
    }

    /** A chunk that wrote its new children before the lock read before another chunk wrote what it depended on. */
    @jakarta.ejb.ApplicationException(rollback = true)
    static final class StaleReads extends RuntimeException {
        StaleReads() {
            super(null, null, false, false);
        }
    }

    /**
     * A child the record's matching shielded, or shielded for living where a shielded child now lives, is audited for
     * its team, naming the source, never the record's data.
     */
    private static void noteShielding(List<AuditChain.Entry> events, FeedRecord r, SourceLinker.Linked linked, Long batchId) {
        String params = "{\"source\":\"" + r.sourceSystem() + "\"" + (batchId == null ? "" : ",\"batch\":\"" + batchId + "\"") + "}";
        if (linked.shieldedByMatching()) {
            events.add(new AuditChain.Entry(ACTOR, null, linked.authority(), Channel.FEED, SHIELDED_BY_MATCHING,
                    linked.contactPointId(), params, Outcome.ALLOWED, null));
        }
        for (SourceLinker.Housemate h : linked.housematesShielded()) {
            events.add(new AuditChain.Entry(ACTOR, null, h.authority(), Channel.FEED, SHIELDED_BY_MATCHING,
                    h.contactPointId(), params, Outcome.ALLOWED, null));
        }
    }

    private void writeAudit(List<AuditChain.Entry> events) {
        if (!events.isEmpty()) {
            audit.writeWithTheWork(events);
        }
    }
}
