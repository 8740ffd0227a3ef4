package org.contactpoint.shielding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.control.AuditChain;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.matching.control.IdentityDecision;
import org.contactpoint.matching.control.IdentityMatcher;
import org.contactpoint.matching.control.MatchCandidates;
import org.contactpoint.matching.control.ReviewDecisions;
import org.contactpoint.matching.control.ShieldedHomes;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.matching.entity.MatchScorer;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Caller;
import org.contactpoint.shielding.entity.ShieldingRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request to shield a child asks the same for the children whose records could show where it lives: those living in
 * its home (the same postcode and first line, or the postcode alone when either has no first line, as
 * {@link ShieldedHomes}), those a pending match review may yet find to be the same child (the feed shields a
 * record reviewed against a shielded child at once; this keeps that true when the shielding comes after the review),
 * and those matching would link to it but for a different NHS number or UPN: the feed makes those a child of their
 * own without a review (two NHS numbers are two children), yet one may be this child under another's number.
 * Each gets a request of its own, on the same ground and by the same person, which shields it at once as any request
 * does; the team then decides each as usual, and rejecting one lifts that child's shield. A child already shielded is
 * left as it is. The feed does the same when a shielded child comes to live in a home, or a child comes to live in a
 * shielded child's home ({@code GoldenRecord}).
 */
@Dependent
public class ShieldingSpread {

    /** Why a child's shielding was asked for with another child's. */
    public enum Reason {
        HOUSEHOLD("shielding.household", "Lives in the home of a child whose shielding was requested: "),
        POSSIBLE_DUPLICATE("shielding.possible-duplicate",
                "A pending match review may find this to be the same child as one whose shielding was requested: "),
        ALL_BUT_AN_IDENTIFIER("shielding.possible-duplicate",
                "Matches a child whose shielding was requested in everything but its NHS number or UPN: ");

        /** The action each such request is audited as. */
        public final String action;
        final String justification;

        Reason(String action, String justification) {
            this.action = action;
            this.justification = justification;
        }
    }

    /** A request made with another child's, and why. */
    public record Spread(ShieldingRequest request, Reason reason) {
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditChain chain;

    @Inject
    MatchCandidates candidates;

    @Inject
    IdentityMatcher matcher;

    @Inject
    ReviewDecisions decisions;

    /** @return the requests made for the other children of {@code because}'s child (justified by its ContactPoint ID) */
    public List<Spread> requestFor(ShieldingRequest because) {
        Child child = because.child();
        Set<Child> asked = new LinkedHashSet<>();
        List<Spread> made = new ArrayList<>();
        ask(made, asked, ShieldedHomes.unshieldedHousemates(em, child), because, Reason.HOUSEHOLD);
        ask(made, asked, underReviewWith(child), because, Reason.POSSIBLE_DUPLICATE);
        ask(made, asked, linkedButForAnIdentifier(child), because, Reason.ALL_BUT_AN_IDENTIFIER);
        return made;
    }

    /** A request for each of these children not asked for already. */
    private void ask(List<Spread> made, Set<Child> asked, List<Child> others, ShieldingRequest because, Reason reason) {
        for (Child other : others) {
            if (asked.add(other)) {
                made.add(new Spread(request(other, because, reason), reason));
            }
        }
    }

    /**
     * The live, unshielded children matching would link to the child if their NHS numbers or UPNs agreed, but for
     * those a person decided are a different child from it (the review queue's decision stands).
     */
    private List<Child> linkedButForAnIdentifier(Child child) {
        MatchScorer scorer = matcher.scorer();
        List<Long> ids = candidates.held(child.id()).map(held -> candidates.of(held.record()).stream()
                        .filter(c -> c.childId() != child.id() && !c.shielded() && !c.metByBirthdayOnly())
                        .filter(c -> scorer.linksButForAnIdentifier(scorer.score(held.record(), c.record())))
                        .map(MatchCandidates.Candidate::childId).toList())
                .orElse(List.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> pairs = new ArrayList<>(ids);
        pairs.add(child.id());
        IdentityDecision.DecidedDifferent different = decisions.differentAmong(pairs);
        return ids.stream().filter(id -> !different.test(id, child.id()))
                .map(id -> em.find(Child.class, id)).toList();
    }

    /**
     * Audits a child shielded with another's, by the current caller, as its reason says and without its address.
     * Appended as the call's own event is (AuditInterceptor): holding the chain's head in the caller's transaction
     * would make that append wait for it.
     */
    public void audit(Child other, Reason reason) {
        Caller caller = callers.current();
        chain.append(new AuditChain.Entry(caller.username(), caller.primaryRole(),
                other.responsibleAuthority().map(LocalAuthority::code).orElse(null), callers.channel(),
                reason.action, other.cpId().value(), null, Outcome.ALLOWED, null));
    }

    /** The live, unshielded children on the other side of the child's pending match reviews. */
    private List<Child> underReviewWith(Child child) {
        List<Child> others = new ArrayList<>();
        for (MatchReview review : em.createQuery("SELECT r FROM MatchReview r WHERE r.status = :pending "
                        + "AND (r.child = :child OR r.candidate = :child)", MatchReview.class)
                .setParameter("pending", MatchReview.Status.PENDING).setParameter("child", child).getResultList()) {
            Child other = review.child().equals(child) ? review.candidate() : review.child();
            if (other.status() == ChildStatus.ACTIVE && !other.isShielded()) {
                others.add(other);
            }
        }
        return others;
    }

    private ShieldingRequest request(Child other, ShieldingRequest because, Reason reason) {
        ShieldingRequest request = new ShieldingRequest(other, because.requestedBy(), because.requestedAt(), false,
                because.ground(), reason.justification + because.child().cpId().value());
        em.persist(request);
        return request;
    }
}
