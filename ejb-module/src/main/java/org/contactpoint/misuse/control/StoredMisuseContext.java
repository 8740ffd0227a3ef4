package org.contactpoint.misuse.control;

import jakarta.persistence.EntityManager;
import org.contactpoint.misuse.entity.MisuseThresholds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link MisuseContext} from the database, for one page (lookups are remembered for the page). Window counts use
 * the actor's index ({@code actor, seq}) from the first event of the window (the time index), so they read only that
 * user's events of the last hour.
 */
final class StoredMisuseContext implements MisuseContext {

    private final EntityManager em;
    private final Map<String, String> actorAuthorities;
    private final Map<String, MisuseThresholds> thresholds = new HashMap<>();
    private final Map<String, Optional<ChildFacts>> children = new HashMap<>();

    StoredMisuseContext(EntityManager em, Map<String, String> actorAuthorities) {
        this.em = em;
        this.actorAuthorities = actorAuthorities;
    }

    @Override
    public MisuseThresholds thresholds(String authority) {
        return thresholds.computeIfAbsent(authority, la -> Optional.ofNullable(em.find(MisuseThresholds.class, la))
                .orElseGet(() -> MisuseThresholds.defaults(la)));
    }

    @Override
    public Optional<String> authorityOf(String actor) {
        return Optional.ofNullable(actorAuthorities.get(actor));
    }

    @Override
    public long count(String actor, Kind kind, Instant from, Instant to) {
        String actions = kind == Kind.VIEW ? "action IN ('child.view', 'child.view-archived')" : "action = 'child.search'";
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE actor = ?1 AND seq >= "
                        + "(SELECT COALESCE(MIN(seq), 0) FROM audit_event WHERE occurred_at > ?2) AND occurred_at > ?2 "
                        + "AND occurred_at <= ?3 AND outcome = 'ALLOWED' AND " + actions)
                .setParameter(1, actor).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .getSingleResult()).longValue();
    }

    @Override
    public Set<String> signInAddresses(String actor, Instant since, long beforeSeq) {
        Set<String> addresses = new HashSet<>();
        for (Object a : em.createNativeQuery("SELECT DISTINCT client_address FROM audit_event WHERE actor = ?1 AND seq < ?2 "
                        + "AND action = 'login' AND outcome = 'ALLOWED' AND occurred_at > ?3 AND client_address IS NOT NULL")
                .setParameter(1, actor).setParameter(2, beforeSeq).setParameter(3, Timestamp.from(since)).getResultList()) {
            addresses.add((String) a);
        }
        return addresses;
    }

    @Override
    public Optional<ChildFacts> child(String contactPointId) {
        return children.computeIfAbsent(contactPointId, id -> em.createNativeQuery(
                        "SELECT shielded, responsible_la_code FROM child WHERE cp_id = ?1").setParameter(1, id)
                .getResultList().stream().findFirst().map(r -> {
                    Object[] row = (Object[]) r;
                    return new ChildFacts(Boolean.TRUE.equals(row[0]), (String) row[1]);
                }));
    }
}
