package org.contactpoint.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.audit.control.AuditBatch;
import org.contactpoint.audit.control.AuditChain;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.child.entity.Child;
import org.contactpoint.lifecycle.api.LifecycleAction;
import org.contactpoint.organisation.entity.LocalAuthority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chunk of a lifecycle run in its own transaction: each child is re-read under a row lock and the rule decided
 * again (so a re-run, or a child changed since it was selected, is handled right), then archived or purged, audited
 * and counted, all committing together. A crash loses at most the chunk in hand, which the next run does again.
 */
@ApplicationScoped
public class LifecycleChunk {

    /** Tables holding a child's record and contacts, children of {@code child} first. Audit events are kept. */
    private static final List<String> PURGE = List.of(
            "DELETE FROM child_search_key WHERE child_id IN (%s)",
            "DELETE FROM child_other_name WHERE child_id IN (%s)",
            "DELETE FROM child_address WHERE child_id IN (%s)",
            "DELETE FROM child_identifier WHERE child_id IN (%s)",
            "DELETE FROM parent_carer WHERE child_id IN (%s)",
            "DELETE FROM child_setting WHERE child_id IN (%s)",
            "DELETE FROM child_gp_practice WHERE child_id IN (%s)",
            "DELETE FROM involvement WHERE child_id IN (%s)",
            "DELETE FROM consent WHERE child_id IN (%s)",
            "DELETE FROM shielding_decision WHERE request_id IN (SELECT id FROM shielding_request WHERE child_id IN (%s))",
            "DELETE FROM shielding_request WHERE child_id IN (%s)",
            "DELETE FROM source_record WHERE child_id IN (%s)",
            "DELETE FROM child_merge_row WHERE merge_id IN (SELECT id FROM child_merge WHERE survivor_id IN (%1$s) OR merged_id IN (%1$s))",
            "DELETE FROM child_merge WHERE survivor_id IN (%1$s) OR merged_id IN (%1$s)",
            "DELETE FROM match_review WHERE child_id IN (%1$s) OR candidate_id IN (%1$s)",
            "DELETE FROM child WHERE id IN (%s)");

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    AuditBatch audit;

    @Inject
    LifecycleCounts counts;

    /** Applies the rule to these children as of {@code asOf}; returns how many were changed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int apply(long runId, List<Long> ids, LocalDate asOf, String actor, Channel channel) {
        List<Child> children = em.createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Map<LifecycleReportKey, Long> done = new HashMap<>();
        List<AuditChain.Entry> events = new ArrayList<>();
        List<Long> purged = new ArrayList<>();
        for (Child child : children) {
            Optional<LifecycleAction> action = LifecycleRule.due(facts(child), asOf);
            if (action.isEmpty()) {
                continue;
            }
            String authority = child.responsibleAuthority().map(LocalAuthority::code).orElse(null);
            if (action.get() == LifecycleAction.PURGE) {
                purged.add(child.id());
            } else {
                child.archive(asOf);
            }
            done.merge(new LifecycleReportKey(authority, action.get()), 1L, Long::sum);
            events.add(new AuditChain.Entry(actor, null, authority, channel, action.get().auditAction(), child.cpId().value(),
                    "{\"run\":\"" + runId + "\",\"asOf\":\"" + asOf + "\"}", Outcome.ALLOWED, null));
        }
        em.flush();
        if (!purged.isEmpty()) {
            purge(purged);
        }
        if (!events.isEmpty()) {
            counts.add(runId, done);
            audit.writeWithTheWork(events);
        }
        return events.size();
    }

    /** What {@link #apply} would do to these children, changing nothing (a dry run). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LifecycleReportKey, Long> preview(List<Long> ids, LocalDate asOf) {
        Map<LifecycleReportKey, Long> due = new HashMap<>();
        for (Child child : em.createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class).setParameter("ids", ids)
                .getResultList()) {
            LifecycleRule.due(facts(child), asOf).ifPresent(action -> due.merge(new LifecycleReportKey(
                    child.responsibleAuthority().map(LocalAuthority::code).orElse(null), action), 1L, Long::sum));
        }
        return due;
    }

    private static LifecycleRule.Facts facts(Child child) {
        return new LifecycleRule.Facts(child.status(), child.dateOfBirth(), child.dateOfDeath().orElse(null),
                child.careLeaverExtension().map(c -> c.isGiven()).orElse(false), child.archivedOn().orElse(null));
    }

    /** The children and the merged records that resolve to them (their IDs would otherwise lead nowhere). */
    private void purge(List<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        all.addAll(em.createQuery("SELECT m.id FROM Child m WHERE m.survivorCpId IN "
                + "(SELECT c.cpId.value FROM Child c WHERE c.id IN :ids)", Long.class).setParameter("ids", ids).getResultList());
        String in = String.join(",", all.stream().map(String::valueOf).toList());
        for (String delete : PURGE) {
            em.createNativeQuery(delete.formatted(in)).executeUpdate();
        }
    }
}
