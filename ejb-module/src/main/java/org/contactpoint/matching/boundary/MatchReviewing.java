package org.contactpoint.matching.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.matching.api.MatchReviews;
import org.contactpoint.matching.api.ReviewComparison;
import org.contactpoint.matching.api.ReviewQueue;
import org.contactpoint.matching.api.ReviewSummary;
import org.contactpoint.matching.control.Merging;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.shielding.control.ShieldingSpread;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link MatchReviews}: each call acts in one queue ({@code @AuthorityScope}: an authority code, or "national" for
 * records with no responsible authority, which only national administrators hold). Reviews and records outside the
 * queue are "no such review" / "no such child", never a hint that they exist.
 */
@Stateless
public class MatchReviewing implements MatchReviews {

    static final int PAGE = 200;
    private static final String WITHHELD = "withheld (shielded record)";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuthorityScopes scopes;

    @Inject
    Merging merging;

    @Inject
    ShieldingSpread spread;

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("match.queues")
    public List<String> reviewedAuthorities() {
        List<String> queues = new ArrayList<>(scopes.where(callers.current(), Permissions.MATCH_REVIEW));
        if (scopes.isPermittedNationally(callers.current(), Permissions.MATCH_REVIEW)) {
            queues.add(0, AuditTrail.NATIONAL);
        }
        return queues;
    }

    @Override
    @Authorized(Permissions.MATCH_REVIEW)
    @Audited("match.queue")
    public ReviewQueue pending(@AuthorityScope String authority, long afterReviewId, int max) {
        if (max < 1 || max > PAGE) {
            throw new RequestProblem("max", "max: must be between 1 and " + PAGE + ".");
        }
        List<ReviewSummary> page = em.createQuery("SELECT r FROM MatchReview r WHERE " + inQueue(authority)
                        + " AND r.status = :pending AND r.id > :after ORDER BY r.id", MatchReview.class)
                .setParameter("pending", MatchReview.Status.PENDING).setParameter("after", afterReviewId)
                .setMaxResults(max).getResultList().stream()
                .map(r -> new ReviewSummary(r.id(), r.child().cpId().value(), r.candidate().cpId().value(), r.sourceSystem(),
                        Math.round(r.score() * 10) / 10.0, r.createdAt(), r.child().isShielded() || r.candidate().isShielded()))
                .toList();
        long waiting = em.createQuery("SELECT COUNT(r) FROM MatchReview r WHERE " + inQueue(authority)
                + " AND r.status = :pending", Long.class).setParameter("pending", MatchReview.Status.PENDING).getSingleResult();
        return new ReviewQueue(page, waiting);
    }

    @Override
    @Authorized(Permissions.MATCH_REVIEW)
    @Audited("match.compare")
    public ReviewComparison compare(@AuthorityScope String authority, long reviewId) {
        MatchReview r = review(authority, reviewId, LockModeType.NONE);
        Map<String, String> agreement = agreements(r.agreements());
        if ("SWAPPED".equals(agreement.get("names"))) {
            // scored with one record's given and family names the other way round: the reviewer must see why they agree
            agreement.computeIfPresent("given", (k, v) -> v + " (given and family names the other way round)");
            agreement.computeIfPresent("family", (k, v) -> v + " (given and family names the other way round)");
        }
        Child a = r.child();
        Child b = r.candidate();
        List<ReviewComparison.Field> fields = List.of(
                field("Given names", givenNames(a), givenNames(b), agreement.get("given")),
                field("Family name", a.familyName(), b.familyName(), agreement.get("family")),
                field("Date of birth", a.dateOfBirth().toString(), b.dateOfBirth().toString(), agreement.get("dob")),
                field("Gender", a.gender().name().toLowerCase(), b.gender().name().toLowerCase(), agreement.get("gender")),
                field("Postcode", postcode(a), postcode(b), agreement.get("postcode")),
                field("NHS number", a.identifier(IdentifierScheme.NHS).orElse(""), b.identifier(IdentifierScheme.NHS).orElse(""),
                        agreement.get("nhs")),
                field("UPN", a.identifier(IdentifierScheme.UPN).orElse(""), b.identifier(IdentifierScheme.UPN).orElse(""),
                        agreement.get("upn")));
        return new ReviewComparison(r.id(), a.cpId().value(), b.cpId().value(), Math.round(r.score() * 10) / 10.0,
                r.status().name(), fields, said(a), said(b));
    }

    @Override
    @Authorized(Permissions.MATCH_REVIEW)
    @Audited("match.decide")
    public void decide(@AuthorityScope String authority, long reviewId, boolean samePerson) {
        MatchReview r = review(authority, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (r.status() != MatchReview.Status.PENDING) {
            throw new RequestProblem("reviewId", "reviewId: this review was decided already ("
                    + r.status().name().toLowerCase() + ").");
        }
        String by = callers.current().username();
        var now = Clock.systemUTC().instant();
        r.decide(samePerson ? MatchReview.Status.SAME : MatchReview.Status.DIFFERENT, by, now);
        em.flush();
        if (samePerson) {
            auditHousemates(merging.merge(r.candidate(), r.child(), r.id(), by, now));
        }
    }

    @Override
    @Authorized(Permissions.MATCH_REVIEW)
    @Audited("child.merge")
    public void merge(@AuthorityScope String authority, String survivorCpId, String mergedCpId) {
        Child survivor = child(authority, "survivorCpId", survivorCpId);
        Child merged = child(authority, "mergedCpId", mergedCpId);
        auditHousemates(merging.merge(survivor, merged, null, callers.current().username(), Clock.systemUTC().instant()));
    }

    /** Each child shielded for living in the home of a survivor shielded by its merge, as a shielding request's are. */
    private void auditHousemates(Merging.Merge merge) {
        merge.housematesShielded().forEach(housemate -> spread.audit(housemate, ShieldingSpread.Reason.HOUSEHOLD));
    }

    @Override
    @Authorized(Permissions.MATCH_REVIEW)
    @Audited("child.unmerge")
    public void unmerge(@AuthorityScope String authority, String mergedCpId) {
        Child merged = mergedInto(authority, mergedCpId);
        var now = Clock.systemUTC().instant();
        Merging.Unmerge unmerge = merging.unmerge(merged, callers.current().username(), now);
        unmerge.shielded().forEach(child -> spread.audit(child, ShieldingSpread.Reason.HOUSEHOLD));
        Long reviewId = unmerge.reviewId();
        if (reviewId != null) {
            // The merge was a review's "same person": undoing it says they are different people, remembered as such.
            MatchReview r = em.find(MatchReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
            r.reopen();
            r.decide(MatchReview.Status.DIFFERENT, callers.current().username(), now);
        }
    }

    private MatchReview review(String authority, long reviewId, LockModeType lock) {
        return em.createQuery("SELECT r FROM MatchReview r WHERE r.id = :id AND " + inQueue(authority), MatchReview.class)
                .setParameter("id", reviewId).setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundProblem("reviewId", "reviewId: there is no review " + reviewId + " in this queue."));
    }

    /** A record of this queue's authority (merged records included, for an unmerge). */
    private Child child(String authority, String field, String cpId) {
        return byId(field, cpId).filter(c -> authorityOf(c).equals(authority))
                .orElseThrow(() -> new NotFoundProblem(field, field + ": no such child in this authority."));
    }

    private java.util.Optional<Child> byId(String field, String cpId) {
        if (cpId == null || !cpId.matches("\\d{10}")) {
            throw new RequestProblem(field, field + ": must be a 10-digit ContactPoint ID.");
        }
        return em.createQuery("SELECT c FROM Child c WHERE c.cpId.value = :id", Child.class).setParameter("id", cpId)
                .getResultStream().findFirst();
    }

    /** A merged record whose survivor (or itself) is in this authority: the team that merged it can undo it. */
    private Child mergedInto(String authority, String cpId) {
        return byId("mergedCpId", cpId).filter(merged -> authorityOf(merged).equals(authority) || merged.survivorCpId()
                        .flatMap(survivor -> byId("mergedCpId", survivor)).map(this::authorityOf).filter(authority::equals).isPresent())
                .orElseThrow(() -> new NotFoundProblem("mergedCpId", "mergedCpId: no such child in this authority."));
    }

    private String authorityOf(Child child) {
        return child.responsibleAuthority().map(LocalAuthority::code).orElse(AuditTrail.NATIONAL);
    }

    private static String inQueue(String authority) {
        if (AuditTrail.NATIONAL.equals(authority)) {
            return "r.authority IS NULL";
        }
        if (authority == null || !authority.matches("E\\d{8}")) {
            throw new RequestProblem("authority", "authority: must be a local authority code or \"national\".");
        }
        return "r.authority = '" + authority + "'"; // checked above: E and eight digits
    }

    private static Map<String, String> agreements(String text) {
        Map<String, String> map = new HashMap<>();
        Arrays.stream(text.split(";")).map(p -> p.split("=", 2)).filter(p -> p.length == 2).forEach(p -> map.put(p[0], p[1]));
        return map;
    }

    private static ReviewComparison.Field field(String label, String a, String b, String agreement) {
        return new ReviewComparison.Field(label, a, b, agreement == null ? "" : agreement);
    }

    private static String givenNames(Child c) {
        List<String> names = new ArrayList<>(List.of(c.givenNames()));
        c.otherNames().stream().filter(n -> n.type() == OtherNameType.KNOWN_AS && n.givenNames() != null)
                .map(n -> n.givenNames() + (n.familyName() == null ? "" : " " + n.familyName()))
                .filter(n -> !n.equalsIgnoreCase(c.givenNames())).distinct().forEach(n -> names.add("known as " + n));
        return String.join("; ", names);
    }

    /** A shielded record's location is withheld here too; the agreement column still says whether they match. */
    private static String postcode(Child c) {
        if (c.isShielded()) {
            return WITHHELD;
        }
        return c.currentAddress().map(a -> Objects.toString(a.address().postcode(), "")).orElse("");
    }

    /** Provenance: what each of the record's sources said, most recent first; no postcode for a shielded record. */
    private List<ReviewComparison.Said> said(Child c) {
        return em.createQuery("SELECT s FROM SourceRecord s WHERE s.child = :c ORDER BY s.receivedAt DESC, s.id DESC",
                        SourceRecord.class).setParameter("c", c).getResultStream()
                .map(s -> new ReviewComparison.Said(s.sourceSystem(), s.receivedAt(), s.givenNames().orElse(null),
                        s.familyName().orElse(null), s.dateOfBirth().orElse(null),
                        s.gender().map(g -> g.name().toLowerCase()).orElse(null),
                        c.isShielded() ? WITHHELD : s.address().map(a -> a.postcode()).orElse(null)))
                .toList();
    }
}
