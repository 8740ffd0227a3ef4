package org.contactpoint.partner.api;

import org.contactpoint.access.api.RequestProblem;

/** An Idempotency-Key already used for a different request: refused, nothing written. REST: 422. */
public class IdempotencyKeyReused extends RequestProblem {

    public IdempotencyKeyReused() {
        super("Idempotency-Key", "Idempotency-Key: this key was already used for a different request; use a new key "
                + "for each distinct write.");
    }
}
