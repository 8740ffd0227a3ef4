package org.contactpoint.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.partner.api.IdempotencyKeyReused;
import org.contactpoint.partner.api.IdempotentWrites;
import org.contactpoint.partner.entity.IdempotentRequest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@link IdempotentWrites} on the idempotent_request table. Two simultaneous requests with one new key both run
 * the write, but only one can insert the key: the other's transaction (its write included) rolls back.
 */
@ApplicationScoped
public class IdempotentWriteLedger implements IdempotentWrites {

    static final String KEY_FORMAT = "[\\x21-\\x7E]{1,128}";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Callers callers;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Answer once(String idempotencyKey, byte[] request, Supplier<Answer> write) {
        if (idempotencyKey == null || !idempotencyKey.matches(KEY_FORMAT)) {
            throw new RequestProblem("Idempotency-Key", "Idempotency-Key: must be 1–128 visible ASCII characters "
                    + "(a UUID is usual).");
        }
        String requestSha256 = sha256(request);
        String caller = callers.current().username();
        IdempotentRequest held = em.find(IdempotentRequest.class, new IdempotentRequest.Key(caller, idempotencyKey));
        if (held != null) {
            if (!held.requestSha256().equals(requestSha256)) {
                throw new IdempotencyKeyReused();
            }
            return new Answer(held.status(), held.location(), held.body(), true);
        }
        Answer answer = write.get();
        em.persist(new IdempotentRequest(caller, idempotencyKey, requestSha256, answer.status(), answer.location(),
                answer.body(), Clock.systemUTC().instant()));
        em.flush();
        return answer;
    }

    private static String sha256(byte[] request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
