package org.contactpoint.consent.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.AuditTarget;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.child.api.NoSuchChild;
import org.contactpoint.child.control.LiveRecords;
import org.contactpoint.child.entity.CareLeaverExtension;
import org.contactpoint.child.entity.Child;
import org.contactpoint.consent.api.ConsentRecord;
import org.contactpoint.consent.api.ConsentRegister;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.security.api.Caller;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.security.api.Permissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@link ConsentRegister}: only children whose responsible authority is the team's own. */
@Stateless
public class ConsentRegistering implements ConsentRegister {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    LiveRecords records;

    @Inject
    AuthorityScopes scopes;

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("consent.authorities")
    public List<String> managedAuthorities() {
        return scopes.where(callers.current(), Permissions.CONSENT_MANAGE);
    }

    @Override
    @Authorized(Permissions.CONSENT_MANAGE)
    @Audited("consent.list")
    public List<ConsentRecord> ofChild(@AuthorityScope String authority, @AuditTarget String contactPointId) {
        Child child = ours(authority, contactPointId);
        return em.createQuery("SELECT c FROM Consent c WHERE c.child = :child ORDER BY c.givenAt DESC, c.id", Consent.class)
                .setParameter("child", child).getResultList().stream().map(this::record).toList();
    }

    @Override
    @Authorized(Permissions.CONSENT_MANAGE)
    @Audited("consent.withdraw")
    public void withdraw(@AuthorityScope String authority, @AuditTarget String contactPointId, long consentId) {
        Child child = ours(authority, contactPointId);
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null || !consent.child().id().equals(child.id())) {
            throw new RequestProblem("consentId", "consentId: this child has no consent " + consentId + ".");
        }
        if (!consent.isActive()) {
            throw new RequestProblem("consentId", "consentId: this consent was already withdrawn.");
        }
        consent.withdraw(Instant.now(), callers.current().username());
    }

    @Override
    @Authorized(Permissions.CONSENT_MANAGE)
    @Audited("consent.care-leaver")
    public void recordCareLeaverConsent(@AuthorityScope String authority, @AuditTarget String contactPointId, LocalDate consentOn) {
        if (consentOn == null || consentOn.isAfter(LocalDate.now())) {
            throw new RequestProblem("consentOn", "consentOn: the day the young person gave consent, not in the future.");
        }
        ours(authority, contactPointId).extendAsCareLeaver(new CareLeaverExtension(consentOn, callers.current().username()));
    }

    /** The child, when its responsible authority is the team's; otherwise the same "no such child" as anywhere. */
    private Child ours(String authority, String contactPointId) {
        Caller caller = callers.current();
        Child child = records.forChange(caller, contactPointId);
        if (child.responsibleAuthority().filter(la -> la.code().equals(authority)).isEmpty()) {
            throw new NoSuchChild(contactPointId);
        }
        return child;
    }

    private ConsentRecord record(Consent c) {
        long involvements = em.createQuery("SELECT COUNT(i) FROM Involvement i WHERE i.consent = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        return new ConsentRecord(c.id(), c.scope().code(), c.givenBy().code(), c.givenByName(), c.givenAt(), c.recordedBy(),
                c.recordedAt(), c.withdrawnAt().orElse(null), c.withdrawnBy().orElse(null), involvements);
    }
}
