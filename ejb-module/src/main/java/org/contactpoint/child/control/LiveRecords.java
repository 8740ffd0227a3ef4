package org.contactpoint.child.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.child.api.NoSuchChild;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.InvalidContactPointIdException;
import org.contactpoint.security.api.Caller;

/**
 * The record a ContactPoint ID names, as a caller may reach it: a merged ID resolves to its survivor; an archived
 * record is reached only by its authority's data managers (the ContactPoint team), never by national partners;
 * anything else is "no such child", with one message for all cases.
 */
@Dependent
public class LiveRecords {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    AuthorityScopes scopes;

    public Child visibleTo(Caller caller, String contactPointId) {
        return find(caller, contactPointId, LockModeType.NONE);
    }

    /** As {@link #visibleTo}, locking the child's row for a change (shielding, involvements). */
    public Child forChange(Caller caller, String contactPointId) {
        return find(caller, contactPointId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Child find(Caller caller, String contactPointId, LockModeType lock) {
        String id = parse(contactPointId);
        for (int step = 0; step < 5; step++) {
            Child child = em.createQuery("SELECT c FROM Child c WHERE c.cpId.value = :id", Child.class)
                    .setParameter("id", id).setLockMode(lock).getResultStream().findFirst()
                    .orElseThrow(() -> new NoSuchChild(contactPointId));
            if (child.status() == ChildStatus.MERGED && child.survivorCpId().isPresent()) {
                id = child.survivorCpId().get();
                continue;
            }
            if (child.status() == ChildStatus.ARCHIVED && !readsArchive(caller, child)) {
                throw new NoSuchChild(contactPointId);
            }
            return child;
        }
        throw new NoSuchChild(contactPointId);
    }

    private boolean readsArchive(Caller caller, Child child) {
        return !caller.nationalPartner() && scopes.isChildsTeam(caller, child);
    }

    static String parse(String text) {
        try {
            return ContactPointId.parse(text).value();
        } catch (InvalidContactPointIdException e) {
            throw new RequestProblem("contactPointId", "contactPointId: " + e.getMessage() + ".");
        }
    }
}
