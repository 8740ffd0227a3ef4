package org.contactpoint.shielding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.child.entity.Child;
import org.contactpoint.shielding.api.ShieldingCase;
import org.contactpoint.shielding.entity.ShieldingRequest;
import org.contactpoint.shielding.entity.ShieldingStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** Shielding requests of an authority's children, and a child's shielded state derived from all its requests. */
@Dependent
public class ShieldingCases {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public List<ShieldingCase> open(String authority) {
        return inStatus(authority, List.of(ShieldingStatus.PENDING, ShieldingStatus.MORE_INFORMATION_NEEDED)).stream()
                .map(ShieldingCases::view).toList();
    }

    public List<ShieldingCase> overdue(String authority, LocalDate today) {
        return inStatus(authority, List.of(ShieldingStatus.APPROVED)).stream()
                .filter(r -> r.reviewOn().filter(today::isAfter).isPresent())
                .sorted(Comparator.comparing(r -> r.reviewOn().orElseThrow()))
                .map(ShieldingCases::view).toList();
    }

    /** The request, if its child is this authority's; otherwise "no such request" (nothing about other areas). */
    public ShieldingRequest inAuthority(String authority, long requestId, LockModeType lock) {
        ShieldingRequest request = em.find(ShieldingRequest.class, requestId, lock);
        boolean ours = request != null && request.child().responsibleAuthority().map(la -> la.code().equals(authority)).orElse(false);
        if (!ours) {
            throw new RequestProblem("requestId", "There is no shielding request " + requestId + " for this authority.");
        }
        return request;
    }

    /** Shielded while any of its requests shields it: rejecting a second request never lifts an approved shield. */
    public void deriveShielding(Child child) {
        boolean shielded = em.createQuery("SELECT r FROM ShieldingRequest r WHERE r.child = :child", ShieldingRequest.class)
                .setParameter("child", child).getResultList().stream().anyMatch(r -> r.status().shieldsTheRecord());
        if (shielded) {
            child.shield();
        } else {
            child.unshield();
        }
    }

    private List<ShieldingRequest> inStatus(String authority, List<ShieldingStatus> statuses) {
        return em.createQuery("SELECT r FROM ShieldingRequest r WHERE r.status IN :statuses "
                        + "AND r.child.responsibleAuthority.code = :la ORDER BY r.requestedAt, r.id", ShieldingRequest.class)
                .setParameter("statuses", statuses).setParameter("la", authority).getResultList();
    }

    private static ShieldingCase view(ShieldingRequest r) {
        Child c = r.child();
        LocalDateTime at = LocalDateTime.ofInstant(r.requestedAt(), ZoneId.systemDefault());
        return new ShieldingCase(r.id(), c.cpId().value(), c.givenNames() + " " + c.familyName(), c.dateOfBirth(),
                r.requestedBy(), at, ChronoUnit.DAYS.between(at.toLocalDate(), LocalDate.now()), r.isOnBehalfOfParent(),
                r.ground().name(), r.justification(), r.status().name(), r.reviewOn().orElse(null));
    }
}
