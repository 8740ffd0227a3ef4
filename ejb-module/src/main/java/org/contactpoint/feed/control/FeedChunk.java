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
import org.contactpoint.matching.control.IdentityMatcher;
import org.contactpoint.matching.control.MatchCandidates;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Applies a chunk of parsed feed records in one transaction of its own, so a chunk is committed whole or not at all. */
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

    @jakarta.ejb.EJB
    ReferenceRows referenceRows;

    @Inject
    AuditBatch audit;

    /** The actor of audit events the feed itself causes (a matching shielded a record). */
    public static final String ACTOR = "system.matching";
    public static final String SHIELDED_BY_MATCHING = "SHIELDED_BY_MATCHING";

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RecordOutcome> apply(List<FeedRecord> records) {
        Instant now = Clock.systemUTC().instant();
        List<RecordOutcome> outcomes = new ArrayList<>(records.size());
        List<AuditChain.Entry> shieldings = new ArrayList<>();
        ChunkReads reads = ChunkReads.of(em, blocking, matcher, referenceRows, records);
        for (FeedRecord r : records) {
            SourceLinker.Linked linked = applyOne(r, now, reads);
            outcomes.add(linked.outcome());
            noteShielding(shieldings, r, linked, null);
        }
        em.flush();
        writeAudit(shieldings);
        em.clear();
        return outcomes;
    }

    /** A batch's lines: the records and the batch's per-line outcomes and counts commit together. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyLines(long batchId, List<BatchLine> lines) {
        Instant now = Clock.systemUTC().instant();
        List<FeedBatchStore.Line> outcomes = new ArrayList<>(lines.size());
        List<AuditChain.Entry> shieldings = new ArrayList<>();
        ChunkReads reads = ChunkReads.of(em, blocking, matcher, referenceRows, lines.stream().map(BatchLine::record)
                .filter(java.util.Objects::nonNull).toList());
        for (BatchLine l : lines) {
            if (l.record() == null) {
                outcomes.add(new FeedBatchStore.Line(l.line(), l.sourceRecordId(), RecordOutcome.REJECTED, null,
                        l.problem().field(), l.problem().reason()));
                continue;
            }
            SourceLinker.Linked linked = applyOne(l.record(), now, reads);
            outcomes.add(new FeedBatchStore.Line(l.line(), l.sourceRecordId(), linked.outcome(), linked.contactPointId(),
                    l.problem() == null ? null : l.problem().field(), l.problem() == null ? null : l.problem().reason()));
            noteShielding(shieldings, l.record(), linked, batchId);
        }
        em.flush();
        batches.record(batchId, outcomes);
        writeAudit(shieldings);
        em.flush();
        em.clear();
    }

    /**
     * One record. A record that read from the database is written out and let go at once: its SQL goes to the
     * database now (in the chunk's transaction, so the chunk still commits whole) and the persistence context is
     * emptied, so the next read's flush checks only new objects (keeping a chunk's objects managed made every flush
     * walk all of them: 46 % of the load's CPU), unless children read with the chunk still wait for their links
     * ({@link LinkTargets}: those few reads per record cost less than reading each child again). A new child, or a
     * link, made from the chunk's reads alone waits for the next write, so a run of them is written as JDBC batches.
     */
    private SourceLinker.Linked applyOne(FeedRecord r, Instant now, ChunkReads reads) {
        SourceLinker.Linked linked = linker.apply(r, now, reads);
        if (!linked.readNothing()) {
            em.flush();
            if (!reads.linkTargets().pending()) {
                em.clear();
            }
        }
        return linked;
    }

    /** A record matching shielded is audited for the child's team, naming the source record, never its data. */
    private static void noteShielding(List<AuditChain.Entry> events, FeedRecord r, SourceLinker.Linked linked, Long batchId) {
        if (linked.shieldedByMatching()) {
            events.add(new AuditChain.Entry(ACTOR, null, linked.authority(), Channel.FEED, SHIELDED_BY_MATCHING,
                    linked.contactPointId(), "{\"source\":\"" + r.sourceSystem() + "\"" + (batchId == null ? "" : ",\"batch\":\"" + batchId + "\"") + "}",
                    Outcome.ALLOWED, null));
        }
    }

    private void writeAudit(List<AuditChain.Entry> events) {
        if (!events.isEmpty()) {
            audit.writeWithTheWork(events);
        }
    }
}
