package org.contactpoint.shielding.boundary;

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
import org.contactpoint.audit.api.NotAudited;
import org.contactpoint.child.control.LiveRecords;
import org.contactpoint.child.entity.Child;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.security.api.Caller;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.shielding.api.RequestedGround;
import org.contactpoint.shielding.api.ShieldingRequests;
import org.contactpoint.shielding.entity.ShieldingGround;
import org.contactpoint.shielding.entity.ShieldingRequest;
import org.contactpoint.shielding.entity.ShieldingStatus;
import org.contactpoint.shielding.control.ShieldingSpread;
import org.contactpoint.matching.control.ChunkSequence;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link ShieldingRequests}: records the request and shields the child provisionally in the same transaction, with
 * the children whose records could show where it lives ({@link ShieldingSpread}), each audited as its reason says. It
 * takes its place among the feed's chunks ({@link ChunkSequence}): a chunk never writes what it matched against the
 * child while unshielded after the shielding, and the shielding sees every review a chunk wrote before it.
 */
@Stateless
public class ShieldingRequesting implements ShieldingRequests {

    static final int MAX_JUSTIFICATION = 500;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    LiveRecords records;

    @Inject
    AuthorityScopes scopes;

    @Inject
    ShieldingSpread spread;

    @Override
    @Authorized(Permissions.SHIELD_REQUEST)
    @Audited("shielding.request")
    public void request(@AuditTarget @AuthorityScope String contactPointId, RequestedGround ground,
                        @NotAudited String justification, boolean onBehalfOfParent) {
        if (ground == null) {
            throw new RequestProblem("ground", "ground: choose the ground for shielding.");
        }
        if (ground == RequestedGround.OBJECTS_IN_PRINCIPLE) {
            throw new RequestProblem("ground", RequestedGround.NOT_A_GROUND);
        }
        if (justification == null || justification.isBlank()) {
            throw new RequestProblem("justification", "justification: say briefly why the record needs shielding.");
        }
        if (justification.length() > MAX_JUSTIFICATION) {
            throw new RequestProblem("justification", "justification: at most " + MAX_JUSTIFICATION + " characters.");
        }
        Caller caller = callers.current();
        long sequence = ChunkSequence.lock(em); // before the child's row: a chunk holding the sequence may wait for it
        Child child = records.forChange(caller, contactPointId);
        if (onBehalfOfParent && !scopes.isChildsTeam(caller, child)) {
            throw new RequestProblem("onBehalfOfParent", "onBehalfOfParent: a parent's request is recorded by the child's "
                    + "local authority ContactPoint team; parents contact their local authority.");
        }
        boolean pending = !em.createQuery("SELECT r.id FROM ShieldingRequest r WHERE r.child = :child AND r.status IN :open",
                        Long.class).setParameter("child", child)
                .setParameter("open", java.util.List.of(ShieldingStatus.PENDING, ShieldingStatus.MORE_INFORMATION_NEEDED))
                .setMaxResults(1).getResultList().isEmpty();
        if (pending) {
            throw new RequestProblem(null, "A shielding request for this child is already waiting for the ContactPoint team's decision.");
        }
        ShieldingRequest request = new ShieldingRequest(child, caller.username(), Instant.now(), onBehalfOfParent,
                ShieldingGround.valueOf(ground.name()), justification.strip());
        em.persist(request);
        Set<Long> changed = new HashSet<>(ChunkSequence.shielded(child));
        for (ShieldingSpread.Spread made : spread.requestFor(request)) {
            spread.audit(made.request().child(), made.reason());
            changed.addAll(ChunkSequence.shielded(made.request().child()));
        }
        ChunkSequence.wrote(em, sequence, changed);
    }

}
