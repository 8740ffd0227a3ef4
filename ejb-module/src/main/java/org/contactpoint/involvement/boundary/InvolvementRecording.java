package org.contactpoint.involvement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.ConflictingChange;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.AuditTarget;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.child.control.LiveRecords;
import org.contactpoint.child.entity.Child;
import org.contactpoint.involvement.api.InvolvementForm;
import org.contactpoint.involvement.api.Involvements;
import org.contactpoint.involvement.control.InvolvementEntry;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.security.api.Caller;
import org.contactpoint.security.api.Permissions;

import java.time.LocalDate;

/** {@link Involvements}: the caller's organisation owns what it records and is the only one that may change it. */
@Stateless
public class InvolvementRecording implements Involvements {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    LiveRecords records;

    @Inject
    InvolvementEntry entry;

    @Override
    @Authorized(Permissions.INVOLVEMENT_WRITE)
    @Audited("involvement.record")
    public long record(@AuditTarget @AuthorityScope String contactPointId, InvolvementForm form) {
        Caller caller = callers.current();
        Child child = records.forChange(caller, contactPointId);
        Involvement involvement = entry.create(child, form, caller);
        em.persist(involvement);
        em.flush();
        return involvement.id();
    }

    @Override
    @Authorized(Permissions.INVOLVEMENT_WRITE)
    @Audited("involvement.update")
    public void update(@AuditTarget @AuthorityScope String contactPointId, long involvementId, long version, InvolvementForm form) {
        Caller caller = callers.current();
        Involvement involvement = own(caller, contactPointId, involvementId);
        if (involvement.version() != version) {
            throw new ConflictingChange("version", "This involvement was changed by someone else since you opened it: reopen the record and try again.");
        }
        entry.update(involvement, form);
    }

    @Override
    @Authorized(Permissions.INVOLVEMENT_WRITE)
    @Audited("involvement.end")
    public void end(@AuditTarget @AuthorityScope String contactPointId, long involvementId, LocalDate on) {
        Caller caller = callers.current();
        Involvement involvement = own(caller, contactPointId, involvementId);
        if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(involvement.from())) {
            throw new RequestProblem("to", "to: the end date must be between the start date (" + involvement.from() + ") and today.");
        }
        involvement.end(on);
    }

    private Involvement own(Caller caller, String contactPointId, long involvementId) {
        Child child = records.forChange(caller, contactPointId);
        Involvement involvement = em.find(Involvement.class, involvementId);
        if (involvement == null || !involvement.child().id().equals(child.id())
                || !involvement.isOwnedBy(caller.organisationCode())) {
            throw new NotFoundProblem("involvementId", "involvementId: your organisation has no involvement " + involvementId + " with this child.");
        }
        return involvement;
    }
}
