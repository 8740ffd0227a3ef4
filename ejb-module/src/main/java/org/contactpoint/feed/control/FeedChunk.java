package org.contactpoint.feed.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.feed.api.FeedProblem;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.entity.RecordOutcome;

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
    ExactSourceLinker linker;

    @Inject
    FeedBatchStore batches;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RecordOutcome> apply(List<FeedRecord> records) {
        Instant now = Clock.systemUTC().instant();
        List<RecordOutcome> outcomes = new ArrayList<>(records.size());
        for (FeedRecord r : records) {
            outcomes.add(linker.apply(r, now).outcome());
        }
        em.flush();
        em.clear();
        return outcomes;
    }

    /** A batch's lines: the records and the batch's per-line outcomes and counts commit together. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyLines(long batchId, List<BatchLine> lines) {
        Instant now = Clock.systemUTC().instant();
        List<FeedBatchStore.Line> outcomes = new ArrayList<>(lines.size());
        for (BatchLine l : lines) {
            if (l.record() == null) {
                outcomes.add(new FeedBatchStore.Line(l.line(), l.sourceRecordId(), RecordOutcome.REJECTED, null,
                        l.problem().field(), l.problem().reason()));
                continue;
            }
            ExactSourceLinker.Linked linked = linker.apply(l.record(), now);
            outcomes.add(new FeedBatchStore.Line(l.line(), l.sourceRecordId(), linked.outcome(), linked.contactPointId(),
                    l.problem() == null ? null : l.problem().field(), l.problem() == null ? null : l.problem().reason()));
        }
        em.flush();
        batches.record(batchId, outcomes);
        em.flush();
        em.clear();
    }
}
