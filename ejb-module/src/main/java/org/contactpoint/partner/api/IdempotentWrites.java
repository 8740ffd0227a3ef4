package org.contactpoint.partner.api;

import java.util.function.Supplier;

/**
 * Partner systems' writes sent with an {@code Idempotency-Key}: the first answer is stored in the same transaction
 * as the write, and a replay of the key gets that answer back without writing anything (REST and SOAP alike). The
 * write itself is authorized and audited by the facade it calls.
 */
public interface IdempotentWrites {

    /** The answer to a write, as the channel will send it again on a replay. */
    record Answer(int status, String location, String body, boolean replayed) {
        public Answer(int status, String location, String body) {
            this(status, location, body, false);
        }
    }

    /**
     * @param request what was asked (e.g. method, path and body), kept only as its SHA-256: the same key with a
     *                different request is refused
     * @throws IdempotencyKeyReused when the key was used for a different request
     * @throws org.contactpoint.access.api.RequestProblem when the key is malformed
     */
    Answer once(String idempotencyKey, byte[] request, Supplier<Answer> write);
}
