package org.contactpoint.shielding.api;

import jakarta.ejb.Local;

/**
 * Asking for a child's record to be shielded. Needs {@code shield:request}; the record is shielded provisionally at
 * once, in every channel, until the management team decides. The justification is restricted: it is not written to
 * the audit trail and only those who decide shielding for the child's authority see it.
 */
@Local
public interface ShieldingRequests {

    /**
     * @param justification a short justification, at most 500 characters
     * @param onBehalfOfParent the ContactPoint team records a parent's request
     */
    void request(String contactPointId, RequestedGround ground, String justification, boolean onBehalfOfParent);
}
