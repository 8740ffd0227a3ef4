package org.contactpoint.misuse.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.misuse.api.AlertView;
import org.contactpoint.misuse.api.MisuseAlerts;
import org.contactpoint.misuse.api.Thresholds;
import org.contactpoint.misuse.entity.MisuseAlert;
import org.contactpoint.misuse.entity.MisuseThresholds;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Permissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link MisuseAlerts}: a team's queue is its own authority's; "national" is the national administrators'. */
@Stateless
public class MisuseAlerting implements MisuseAlerts {

    static final int MAX_NOTE = 1000;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Resource
    Validator validator;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("misuse.open")
    public List<AlertView> open(@AuthorityScope String authority) {
        return em.createQuery("SELECT a FROM MisuseAlert a WHERE a.authority = :la AND a.status = :open ORDER BY a.raisedAt, a.id",
                        MisuseAlert.class).setParameter("la", authority).setParameter("open", MisuseAlert.Status.OPEN)
                .setMaxResults(500).getResultList().stream().map(MisuseAlerting::view).toList();
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("misuse.handled")
    public List<AlertView> recentlyHandled(@AuthorityScope String authority) {
        return em.createQuery("SELECT a FROM MisuseAlert a WHERE a.authority = :la AND a.status <> :open AND a.handledAt > :since "
                        + "ORDER BY a.handledAt DESC", MisuseAlert.class).setParameter("la", authority)
                .setParameter("open", MisuseAlert.Status.OPEN).setParameter("since", clock.instant().minus(Duration.ofDays(30)))
                .setMaxResults(500).getResultList().stream().map(MisuseAlerting::view).toList();
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("misuse.acknowledge")
    public void acknowledge(@AuthorityScope String authority, long alertId, String note) {
        handle(authority, alertId, note, MisuseAlert.Status.ACKNOWLEDGED);
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("misuse.escalate")
    public void escalate(@AuthorityScope String authority, long alertId, String note) {
        handle(authority, alertId, note, MisuseAlert.Status.ESCALATED);
    }

    private void handle(String authority, long alertId, String note, MisuseAlert.Status outcome) {
        if (note == null || note.isBlank()) {
            throw new RequestProblem("note", "note: say what was found or done.");
        }
        if (note.length() > MAX_NOTE) {
            throw new RequestProblem("note", "note: at most " + MAX_NOTE + " characters.");
        }
        MisuseAlert alert = em.find(MisuseAlert.class, alertId);
        if (alert == null || !alert.authority().equals(authority)) {
            throw new NotFoundProblem("alertId", "There is no alert " + alertId + " for " + authority + ".");
        }
        if (alert.status() != MisuseAlert.Status.OPEN) {
            throw new RequestProblem("alertId", "Alert " + alertId + " was handled already (" + alert.status().name().toLowerCase()
                    + " by " + alert.handledBy().orElse("?") + ").");
        }
        alert.handle(outcome, callers.current().username(), clock.instant(), note.strip());
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("misuse.thresholds-read")
    public Thresholds thresholds(@AuthorityScope String authority) {
        MisuseThresholds t = stored(authority);
        return new Thresholds(t.viewsPerHour(), t.searchesPerHour(), t.viewsPerSearchPercent(), t.workStartHour(),
                t.workEndHour(), t.newAddressDays());
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("misuse.thresholds-change")
    public void changeThresholds(@AuthorityScope String authority, Thresholds wanted) {
        if (wanted == null) {
            throw new RequestProblem(null, "Give the thresholds.");
        }
        validator.validate(wanted).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            throw new RequestProblem(v.getPropertyPath().toString(), v.getPropertyPath() + " " + v.getMessage() + ".");
        });
        if (wanted.workStartHour() >= wanted.workEndHour()) {
            throw new RequestProblem("workEndHour", "workEndHour must be after workStartHour.");
        }
        if (em.find(LocalAuthority.class, authority) == null) {
            throw new RequestProblem("authority", "Thresholds are set per local authority.");
        }
        Instant now = clock.instant();
        String by = callers.current().username();
        MisuseThresholds t = em.find(MisuseThresholds.class, authority);
        if (t == null) {
            em.persist(new MisuseThresholds(authority, wanted.viewsPerHour(), wanted.searchesPerHour(),
                    wanted.viewsPerSearchPercent(), wanted.workStartHour(), wanted.workEndHour(), wanted.newAddressDays(), by, now));
        } else {
            t.change(wanted.viewsPerHour(), wanted.searchesPerHour(), wanted.viewsPerSearchPercent(), wanted.workStartHour(),
                    wanted.workEndHour(), wanted.newAddressDays(), by, now);
        }
    }

    private MisuseThresholds stored(String authority) {
        MisuseThresholds t = em.find(MisuseThresholds.class, authority);
        return t != null ? t : MisuseThresholds.defaults(authority);
    }

    private static AlertView view(MisuseAlert a) {
        return new AlertView(a.id(), a.authority(), a.rule().name(), a.rule().label(), a.actor(), a.raisedAt(), a.detail(),
                a.status().name(), a.handledBy().orElse(null), a.handledAt().orElse(null), a.note().orElse(null));
    }
}
