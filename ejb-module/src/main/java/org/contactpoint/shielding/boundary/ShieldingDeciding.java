package org.contactpoint.shielding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.shielding.api.ShieldingCase;
import org.contactpoint.shielding.api.ShieldingDecisions;
import org.contactpoint.shielding.control.ShieldingCases;
import org.contactpoint.shielding.entity.DecisionKind;
import org.contactpoint.shielding.entity.ShieldingRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@link ShieldingDecisions}: each decision re-derives the child's shielded state from all its requests. */
@Stateless
public class ShieldingDeciding implements ShieldingDecisions {

    static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuthorityScopes scopes;

    @Inject
    ShieldingCases cases;

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("shielding.authorities")
    public List<String> decidedAuthorities() {
        return scopes.where(callers.current(), Permissions.SHIELD_DECIDE);
    }

    @Override
    @Authorized(Permissions.SHIELD_DECIDE)
    @Audited("shielding.open")
    public List<ShieldingCase> open(@AuthorityScope String authority) {
        return cases.open(authority);
    }

    @Override
    @Authorized(Permissions.SHIELD_DECIDE)
    @Audited("shielding.overdue")
    public List<ShieldingCase> overdueReviews(@AuthorityScope String authority) {
        return cases.overdue(authority, LocalDate.now());
    }

    @Override
    @Authorized(Permissions.SHIELD_DECIDE)
    @Audited("shielding.approve")
    public void approve(@AuthorityScope String authority, long requestId, LocalDate reviewOn) {
        LocalDate today = LocalDate.now();
        LocalDate review = reviewOn == null ? today.plusMonths(12) : reviewOn;
        if (!review.isAfter(today) || review.isAfter(today.plusYears(3))) {
            throw new RequestProblem("reviewOn", "reviewOn: the review date must be after today and within 3 years.");
        }
        decide(authority, requestId, DecisionKind.APPROVE, review, null);
    }

    @Override
    @Authorized(Permissions.SHIELD_DECIDE)
    @Audited("shielding.reject")
    public void reject(@AuthorityScope String authority, long requestId, String reason) {
        decide(authority, requestId, DecisionKind.REJECT, null, required("reason", reason));
    }

    @Override
    @Authorized(Permissions.SHIELD_DECIDE)
    @Audited("shielding.more-information")
    public void askForMoreInformation(@AuthorityScope String authority, long requestId, String note) {
        decide(authority, requestId, DecisionKind.REQUEST_MORE_INFORMATION, null, required("note", note));
    }

    @Override
    @Authorized(Permissions.SHIELD_DECIDE)
    @Audited("shielding.unshield")
    public void unshield(@AuthorityScope String authority, long requestId, String reason) {
        decide(authority, requestId, DecisionKind.UNSHIELD, null, required("reason", reason));
    }

    private void decide(String authority, long requestId, DecisionKind kind, LocalDate reviewOn, String reason) {
        ShieldingRequest request = cases.inAuthority(authority, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (!request.allows(kind)) {
            throw new RequestProblem("requestId", "This request is " + request.status().name().toLowerCase().replace('_', ' ')
                    + ": it cannot be " + switch (kind) {
                        case APPROVE -> "approved";
                        case REJECT -> "rejected";
                        case REQUEST_MORE_INFORMATION -> "sent back for more information";
                        case UNSHIELD -> "unshielded (only an approved shield can be lifted)";
                    } + ".");
        }
        request.decide(kind, callers.current().username(), Instant.now(), reviewOn, reason);
        cases.deriveShielding(request.child());
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RequestProblem(field, field + ": give the reason; it is kept with the decision.");
        }
        if (text.length() > MAX_REASON) {
            throw new RequestProblem(field, field + ": at most " + MAX_REASON + " characters.");
        }
        return text.strip();
    }
}
