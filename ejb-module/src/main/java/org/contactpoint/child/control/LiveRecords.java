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

import java.time.LocalDate;

/**
 * The record a ContactPoint ID names, as a caller may reach it: a merged ID resolves to its survivor; an archived
 * record is reached only by its authority's data managers (the ContactPoint team), never by national partners, and
 * after its first year archived only through {@link #archivedFor} (an enquiry's recorded reason); anything else is
 * "no such child", with one message for all cases.
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

    /** An archived record of the caller's authority, whatever its age (the caller has given an enquiry's reason). */
    public Child archivedFor(Caller caller, String contactPointId) {
        Child child = resolve(contactPointId, LockModeType.NONE);
        if (child.status() != ChildStatus.ARCHIVED || caller.nationalPartner() || !scopes.isChildsTeam(caller, child)) {
            throw new NoSuchChild(contactPointId);
        }
        return child;
    }

    private Child find(Caller caller, String contactPointId, LockModeType lock) {
        Child child = resolve(contactPointId, lock);
        if (child.status() == ChildStatus.ARCHIVED && !readsArchive(caller, child)) {
            throw new NoSuchChild(contactPointId);
        }
        return child;
    }

    /** The record the ID names, following merges to the survivor; "no such child" if none. */
    private Child resolve(String contactPointId, LockModeType lock) {
        String id = parse(contactPointId);
        for (int step = 0; step < 5; step++) {
            Child child = em.createQuery("SELECT c FROM Child c WHERE c.cpId.value = :id", Child.class)
                    .setParameter("id", id).setLockMode(lock).getResultStream().findFirst()
                    .orElseThrow(() -> new NoSuchChild(contactPointId));
            if (child.status() == ChildStatus.MERGED && child.survivorCpId().isPresent()) {
                id = child.survivorCpId().get();
                continue;
            }
            return child;
        }
        throw new NoSuchChild(contactPointId);
    }

    /** Within a year of archiving, for the team; archivedOn is always set on an archived record. */
    private boolean readsArchive(Caller caller, Child child) {
        boolean firstYear = child.archivedOn().map(on -> on.plusYears(1).isAfter(LocalDate.now())).orElse(false);
        return firstYear && !caller.nationalPartner() && scopes.isChildsTeam(caller, child);
    }

    static String parse(String text) {
        try {
            return ContactPointId.parse(text).value();
        } catch (InvalidContactPointIdException e) {
            throw new RequestProblem("contactPointId", "contactPointId: " + e.getMessage() + ".");
        }
    }
}
