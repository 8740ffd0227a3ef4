package org.contactpoint.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.AuditPage;
import org.contactpoint.audit.api.AuditQuery;
import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.security.api.Permissions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditTrail} over the insert-only audit_event table, by its indexes (actor, target child, authority, each
 * with the sequence), newest first and a page at a time by sequence (keyset), so a page costs the same on the first
 * and the millionth event.
 */
@Stateless
public class AuditTrailSearch implements AuditTrail {

    /** Events in one downloaded report at most; a wider report is narrowed by dates. */
    static final int REPORT_LIMIT = 100_000;

    private static final String COLUMNS = "SELECT seq, occurred_at, actor, actor_role, local_authority_code, channel, "
            + "action, target_cp_id, parameters, outcome, client_address FROM audit_event";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    AuthorityScopes scopes;

    @Inject
    Callers callers;

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("audit.authorities")
    public List<String> readableAuthorities() {
        return scopes.where(callers.current(), Permissions.AUDIT_READ);
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("audit.search")
    public AuditPage find(@AuthorityScope String authority, AuditQuery query, Long before) {
        return select(authority, query, before, AuditPage.PAGE_SIZE);
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("audit.report")
    public AuditPage report(@AuthorityScope String authority, AuditQuery query) {
        return select(authority, query, null, REPORT_LIMIT);
    }

    /** Up to {@code limit} events matching, newest first, and where to go on from when there are more. */
    private AuditPage select(String authority, AuditQuery query, Long before, int limit) {
        if (query == null) {
            throw new RequestProblem(null, "Give what to look for.");
        }
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.contactPointId() != null && !query.contactPointId().isBlank()) {
            String cpId = query.contactPointId().replace(" ", "");
            if (!cpId.matches("\\d{10}")) {
                throw new RequestProblem("contactPointId", "contactPointId: a ContactPoint ID is 10 digits.");
            }
            if (!authority.equals(scopes.of(cpId))) {
                // a child of another authority (or none): its trail is that authority's to read
                throw new NotFoundProblem("contactPointId", "contactPointId: no child of " + authority + " has this ID.");
            }
            where.append(" AND target_cp_id = ?");
            values.add(cpId);
        } else {
            where.append(" AND local_authority_code = ?");
            values.add(authority);
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            if (!query.actor().strip().matches("[a-z][a-z0-9._-]{2,63}")) {
                throw new RequestProblem("actor", "actor: a username is 3–64 lower-case letters, digits, dots, hyphens or underscores.");
            }
            where.append(" AND actor = ?");
            values.add(query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            if (!query.action().strip().matches("[a-z][a-z.-]{1,63}")) {
                throw new RequestProblem("action", "action: an action is a name such as child.view.");
            }
            where.append(" AND action = ?");
            values.add(query.action().strip());
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new RequestProblem("from", "from: the first day must not be after the last.");
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            values.add(Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            values.add(Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (before != null) {
            where.append(" AND seq < ?");
            values.add(before);
        }
        jakarta.persistence.Query sql = em.createNativeQuery(COLUMNS + where + " ORDER BY seq DESC")
                .setMaxResults(limit + 1);
        for (int i = 0; i < values.size(); i++) {
            sql.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        List<AuditPage.Entry> events = rows.stream().limit(limit).map(AuditTrailSearch::entry).toList();
        Long next = rows.size() > limit ? events.get(events.size() - 1).sequence() : null;
        return new AuditPage(events, next);
    }

    private static AuditPage.Entry entry(Object[] r) {
        return new AuditPage.Entry(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10]);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }
}
