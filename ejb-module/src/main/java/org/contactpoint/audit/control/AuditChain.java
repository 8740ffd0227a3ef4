package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.ChainHead;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;

import java.time.Clock;

/**
 * Appends to the audit hash chain in a transaction of its own, so an event survives the rollback of the call it
 * records. Order comes from the database: the chain head row is locked for the few statements of one append, which
 * serialises appends across every instance without a Java lock.
 */
@ApplicationScoped
public class AuditChain {

    public static final int CHAIN = 1;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** One event to append: everything but its place in the chain. */
    public record Entry(String actor, String actorRole, String localAuthorityCode, Channel channel, String action,
                        String targetCpId, String parameters, Outcome outcome, String clientAddress) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEvent append(Entry e) {
        Object[] head = (Object[]) em.createNativeQuery(ChainHead.LOCK).setParameter(1, CHAIN).getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        AuditEvent event = AuditEvent.chained(seq, (String) head[1], clock.instant(), e.actor(), e.actorRole(),
                e.localAuthorityCode(), e.channel(), e.action(), e.targetCpId(), e.parameters(), e.outcome(), e.clientAddress());
        em.persist(event);
        em.createNativeQuery(ChainHead.ADVANCE).setParameter(1, seq).setParameter(2, event.hash()).setParameter(3, CHAIN)
                .executeUpdate();
        return event;
    }
}
