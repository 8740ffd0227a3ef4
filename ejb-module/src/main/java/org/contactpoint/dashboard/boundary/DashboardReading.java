package org.contactpoint.dashboard.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.audit.control.ActivityRollup;
import org.contactpoint.dashboard.api.ActivityChart;
import org.contactpoint.dashboard.api.AuthorityFigures;
import org.contactpoint.dashboard.api.Dashboard;
import org.contactpoint.dashboard.control.DashboardFigures;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.security.login.Prerequisites;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Dashboard}, read with {@code audit:read}; the activity comes from {@code activity_day}, never the audit table. */
@Stateless
public class DashboardReading implements Dashboard {

    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuthorityScopes scopes;

    @Inject
    DashboardFigures figures;

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("dashboard.figures")
    public List<AuthorityFigures> figures() {
        return figures.of(scopes.where(callers.current(), Permissions.AUDIT_READ), LocalDate.now(ActivityRollup.ENGLAND),
                Integer.getInteger(Prerequisites.YEARS_PROPERTY, 3));
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("dashboard.activity")
    public ActivityChart activity(@AuthorityScope String authority, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new RequestProblem("days", "days must be from 1 to " + MAX_DAYS + ".");
        }
        LocalDate today = LocalDate.now(ActivityRollup.ENGLAND);
        LocalDate first = today.minusDays(days - 1L);
        Map<String, Long> values = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT on_day, series, events FROM activity_day WHERE la_code = ?1 AND on_day >= ?2")
                .setParameter(1, authority).setParameter(2, first).getResultList()) {
            Object[] r = (Object[]) row;
            values.put(day(r[0]) + "|" + r[1], ((Number) r[2]).longValue());
        }
        List<LocalDate> dayList = new ArrayList<>();
        List<List<Long>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        ActivityRollup.Series[] order = {ActivityRollup.Series.VIEWS, ActivityRollup.Series.SEARCHES,
                ActivityRollup.Series.DENIED, ActivityRollup.Series.LOGINS_FAILED};
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            dayList.add(d);
            for (int s = 0; s < order.length; s++) {
                series.get(s).add(values.getOrDefault(d + "|" + order[s].name(), 0L));
            }
        }
        return new ActivityChart(authority, dayList, series.get(0), series.get(1), series.get(2), series.get(3));
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
