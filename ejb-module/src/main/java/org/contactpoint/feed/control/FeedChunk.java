package org.contactpoint.feed.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.entity.RecordOutcome;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Applies a chunk of parsed feed records in one transaction of its own, so a chunk is committed whole or not at all. */
@Stateless
public class FeedChunk {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ExactSourceLinker linker;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RecordOutcome> apply(List<FeedRecord> records) {
        Instant now = Clock.systemUTC().instant();
        List<RecordOutcome> outcomes = new ArrayList<>(records.size());
        for (FeedRecord r : records) {
            outcomes.add(linker.apply(r, now));
        }
        em.flush();
        em.clear();
        return outcomes;
    }
}
