package org.contactpoint.misuse.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.audit.control.ActorAuthorities;
import org.contactpoint.audit.control.AuditFollower;
import org.contactpoint.audit.control.StreamEvent;
import org.contactpoint.misuse.entity.MisuseAlert;

import java.time.Clock;
import java.util.List;

/** Runs the misuse rules over each page of the audit stream and raises an alert per new finding. */
@ApplicationScoped
public class MisuseWatch implements AuditFollower {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ActorAuthorities authorities;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "misuse";
    }

    @Override
    public void apply(List<StreamEvent> page) {
        for (Finding f : MisuseRules.findings(page, new StoredMisuseContext(em, authorities.of(page)))) {
            boolean known = !em.createQuery("SELECT a.id FROM MisuseAlert a WHERE a.rule = :r AND a.actor = :a AND a.periodKey = :k")
                    .setParameter("r", f.rule()).setParameter("a", f.actor()).setParameter("k", f.periodKey()).getResultList().isEmpty();
            if (!known) {
                em.persist(new MisuseAlert(f.authority(), f.rule(), f.actor(), f.periodKey(), clock.instant(), f.seq(), f.detail()));
            }
        }
    }
}
