package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.ChainHead;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Writes a batch of audit events to the chain in one new transaction: lock the head, insert, advance, commit. */
@ApplicationScoped
public class AuditBatch {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AuditEvent> write(List<AuditChain.Entry> entries) {
        return append(entries);
    }

    /**
     * The same within the caller's transaction: the events commit (or roll back) with the work they record. For
     * batch work (the record lifecycle), which appends once per chunk at its end, so the chain head is held briefly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEvent> writeWithTheWork(List<AuditChain.Entry> entries) {
        return append(entries);
    }

    private List<AuditEvent> append(List<AuditChain.Entry> entries) {
        Object[] head = (Object[]) em.createNativeQuery(ChainHead.LOCK).setParameter(1, AuditChain.CHAIN).getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String previous = (String) head[1];
        List<AuditEvent> events = new ArrayList<>(entries.size());
        for (AuditChain.Entry e : entries) {
            AuditEvent event = AuditEvent.chained(++seq, previous, clock.instant(), e.actor(), e.actorRole(),
                    e.localAuthorityCode(), e.channel(), e.action(), e.targetCpId(), e.parameters(), e.outcome(), e.clientAddress());
            em.persist(event);
            events.add(event);
            previous = event.hash();
        }
        em.createNativeQuery(ChainHead.ADVANCE).setParameter(1, seq).setParameter(2, previous).setParameter(3, AuditChain.CHAIN)
                .executeUpdate();
        return events;
    }
}
