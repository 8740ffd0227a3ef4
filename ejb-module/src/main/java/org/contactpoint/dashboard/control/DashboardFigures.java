package org.contactpoint.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.audit.control.ActivityRollup;
import org.contactpoint.dashboard.api.AuthorityFigures;
import org.contactpoint.shielding.control.ShieldingCases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's counts, one grouped query per figure for all the authorities asked about (not one per authority):
 * live children and shielded ones (as last counted by {@link ChildCounting}), open shielding requests, overdue
 * reviews, open misuse alerts, and active accounts whose enhanced check lapses within 30 days.
 */
@ApplicationScoped
public class DashboardFigures {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ShieldingCases shielding;

    @Inject
    ChildCounting counting;

    public List<AuthorityFigures> of(List<String> authorities, LocalDate today, int enhancedCheckYears) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        LocalDateTime countedAt = countedAt();
        Map<String, long[]> children = grouped("SELECT la_code, children, shielded FROM authority_child_count "
                + "WHERE la_code IN (%s)", authorities);
        Map<String, long[]> pending = grouped("SELECT c.responsible_la_code, COUNT(*) FROM shielding_request r JOIN child c "
                + "ON c.id = r.child_id WHERE r.status IN ('PENDING', 'MORE_INFORMATION_NEEDED') AND c.responsible_la_code IN (%s) "
                + "GROUP BY c.responsible_la_code", authorities);
        Map<String, long[]> alerts = grouped("SELECT la_code, COUNT(*) FROM misuse_alert WHERE status = 'OPEN' AND la_code IN (%s) "
                + "GROUP BY la_code", authorities);
        LocalDate lapsesBy = today.plusDays(30).minusYears(enhancedCheckYears);
        LocalDate lapsedBefore = today.minusYears(enhancedCheckYears);
        Map<String, long[]> expiring = grouped("SELECT local_authority_code, COUNT(*) FROM account WHERE status = 'ACTIVE' "
                + "AND enhanced_check_on > DATE '" + lapsedBefore + "' AND enhanced_check_on <= DATE '" + lapsesBy + "' "
                + "AND local_authority_code IN (%s) GROUP BY local_authority_code", authorities);
        Map<String, String> names = new HashMap<>();
        for (Object row : em.createQuery("SELECT la.code, la.name FROM LocalAuthority la WHERE la.code IN :codes")
                .setParameter("codes", authorities).getResultList()) {
            names.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]);
        }
        return authorities.stream().map(la -> new AuthorityFigures(la, names.getOrDefault(la, la),
                value(children, la, 0), value(children, la, 1), countedAt, value(pending, la, 0),
                shielding.overdue(la, today).size(), value(alerts, la, 0), value(expiring, la, 0))).toList();
    }

    /** When the children were last counted; counted now if they never were (a new installation). */
    private LocalDateTime countedAt() {
        Object last = em.createNativeQuery("SELECT MAX(counted_at) FROM authority_child_count").getSingleResult();
        if (last == null) {
            counting.recount();
            last = em.createNativeQuery("SELECT MAX(counted_at) FROM authority_child_count").getSingleResult();
        }
        return last == null ? LocalDateTime.now(ActivityRollup.ENGLAND) : timestamp(last);
    }

    private static LocalDateTime timestamp(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    /** Codes are checked to be authority codes before they are put in the statement. */
    private Map<String, long[]> grouped(String sql, List<String> authorities) {
        String in = String.join(",", authorities.stream().filter(la -> la.matches("E\\d{8}")).map(la -> "'" + la + "'").toList());
        Map<String, long[]> found = new HashMap<>();
        for (Object row : em.createNativeQuery(sql.formatted(in.isEmpty() ? "''" : in)).getResultList()) {
            Object[] r = (Object[]) row;
            long[] values = new long[r.length - 1];
            for (int i = 1; i < r.length; i++) {
                values[i - 1] = r[i] == null ? 0 : ((Number) r[i]).longValue();
            }
            found.put((String) r[0], values);
        }
        return found;
    }

    private static long value(Map<String, long[]> figures, String la, int i) {
        long[] v = figures.get(la);
        return v == null ? 0 : v[i];
    }
}
