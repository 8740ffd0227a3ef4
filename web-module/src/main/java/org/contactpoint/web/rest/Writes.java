package org.contactpoint.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contactpoint.partner.api.IdempotentWrites;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * How a REST write runs: with an {@code Idempotency-Key} through {@link IdempotentWrites} (a replay returns the first
 * answer, marked {@code Idempotent-Replayed: true}); without one, once as asked.
 */
final class Writes {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Writes() {
    }

    static Response run(IdempotentWrites ledger, String idempotencyKey, String method, String path, byte[] body,
                        Supplier<IdempotentWrites.Answer> write) {
        IdempotentWrites.Answer answer = idempotencyKey == null ? write.get()
                : ledger.once(idempotencyKey, request(method, path, body), write);
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.body() != null) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    static String json(Object value) {
        return JSON.toJson(value);
    }

    /** What was asked, for the ledger to tell a replay from a different request under the same key. */
    private static byte[] request(String method, String path, byte[] body) {
        byte[] head = (method + " " + path + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] request = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }
}
