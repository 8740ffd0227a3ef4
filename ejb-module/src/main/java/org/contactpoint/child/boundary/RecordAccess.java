package org.contactpoint.child.boundary;

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
import org.contactpoint.child.api.ArchiveReason;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.child.control.LiveRecords;
import org.contactpoint.child.control.RecordProjector;
import org.contactpoint.child.control.Viewer;
import org.contactpoint.child.control.Viewers;
import org.contactpoint.child.entity.Child;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.security.api.Caller;
import org.contactpoint.security.api.Permissions;


/** {@link ChildRecords}: a reason first, then the record as the projection allows; every view audited. */
@Stateless
public class RecordAccess implements ChildRecords {

    static final int MAX_REASON_DETAIL = 200;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Viewers viewers;

    @Inject
    LiveRecords records;

    @Override
    @Authorized(Permissions.CHILD_VIEW)
    @Audited("child.view")
    public RecordView open(@AuditTarget @AuthorityScope String contactPointId, ViewReason reason, String reasonDetail) {
        if (reason == null) {
            throw new RequestProblem("reason", "reason: choose why you are opening this record.");
        }
        if (reasonDetail != null && (reasonDetail.length() > MAX_REASON_DETAIL || reasonDetail.chars().anyMatch(Character::isISOControl))) {
            throw new RequestProblem("reasonDetail", "reasonDetail: at most " + MAX_REASON_DETAIL + " characters on one line.");
        }
        Caller caller = callers.current();
        return projected(caller, records.visibleTo(caller, contactPointId));
    }

    @Override
    @Authorized(Permissions.CHILD_VIEW)
    @Audited("child.view-archived")
    public RecordView openArchived(@AuditTarget @AuthorityScope String contactPointId, ArchiveReason reason, String reference) {
        if (reason == null) {
            throw new RequestProblem("reason", "reason: choose the enquiry or review the archived record is opened for.");
        }
        if (reference == null || reference.isBlank()) {
            throw new RequestProblem("reference", "reference: give the enquiry's or review's reference.");
        }
        if (reference.length() > MAX_REASON_DETAIL || reference.chars().anyMatch(Character::isISOControl)) {
            throw new RequestProblem("reference", "reference: at most " + MAX_REASON_DETAIL + " characters on one line.");
        }
        Caller caller = callers.current();
        return projected(caller, records.archivedFor(caller, contactPointId));
    }

    private RecordView projected(Caller caller, Child child) {
        Viewer viewer = viewers.of(caller, child);
        var involvements = em.createQuery("SELECT i FROM Involvement i WHERE i.child = :child ORDER BY i.from DESC, i.id",
                Involvement.class).setParameter("child", child).getResultList();
        return RecordProjector.project(child, involvements, viewer);
    }
}
