package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.audit.entity.Outcome;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Hands a follower its next page of events and moves its checkpoint, in one transaction. */
@ApplicationScoped
public class AuditStreamPages {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /**
     * The checkpoint row is locked first, so on several instances one follower's page is applied once. Events are
     * numbered in commit order (the chain head is locked while they are written), so none is passed over.
     *
     * @return how many events the page held (fewer than a page: the follower has caught up)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int next(AuditFollower follower) {
        Number last = (Number) em.createNativeQuery("SELECT last_seq FROM audit_follower WHERE name = ?1 FOR UPDATE")
                .setParameter(1, follower.name()).getSingleResult();
        List<?> rows = em.createNativeQuery("SELECT seq, occurred_at, actor, actor_role, local_authority_code, action, "
                        + "target_cp_id, outcome, client_address FROM audit_event WHERE seq > ?1 ORDER BY seq")
                .setParameter(1, last.longValue()).setMaxResults(PAGE).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<StreamEvent> page = rows.stream().map(r -> (Object[]) r).map(AuditStreamPages::event).toList();
        follower.apply(page);
        em.createNativeQuery("UPDATE audit_follower SET last_seq = ?1 WHERE name = ?2")
                .setParameter(1, page.get(page.size() - 1).seq()).setParameter(2, follower.name()).executeUpdate();
        return page.size();
    }

    private static StreamEvent event(Object[] r) {
        return new StreamEvent(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], Outcome.valueOf((String) r[7]), (String) r[8]);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
