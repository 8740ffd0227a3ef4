package org.contactpoint.shielding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.Child;
import org.contactpoint.matching.control.ShieldedHomes;
import org.contactpoint.shielding.entity.ShieldingRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * A request to shield a child asks the same for the other children living in its home (the same postcode and first
 * line, or the postcode alone when either has no first line, as {@link ShieldedHomes}): a brother's, sister's or
 * twin's record would otherwise show where the shielded child lives. Each gets a request of its own, on the same
 * ground and by the same person, which shields it at once as any request does; the team then decides each as usual,
 * and rejecting one lifts that child's shield. A child already shielded is left as it is. The feed does the same when a
 * shielded child comes to live in a home, or a child comes to live in a shielded child's home ({@code GoldenRecord}).
 */
@Dependent
public class HouseholdShielding {

    /** The justification of a household's request, with the ContactPoint ID of the child whose request made it. */
    static final String JUSTIFICATION = "Lives in the home of a child whose shielding was requested: ";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /** @return the requests made for the other children at the home of the child of {@code because} */
    public List<ShieldingRequest> requestFor(ShieldingRequest because) {
        Child child = because.child();
        List<ShieldingRequest> made = new ArrayList<>();
        for (Child other : ShieldedHomes.unshieldedHousemates(em, child)) {
            ShieldingRequest request = new ShieldingRequest(other, because.requestedBy(), because.requestedAt(), false,
                    because.ground(), JUSTIFICATION + child.cpId().value());
            em.persist(request);
            made.add(request);
        }
        return made;
    }
}
