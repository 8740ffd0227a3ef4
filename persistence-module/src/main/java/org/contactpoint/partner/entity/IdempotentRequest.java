package org.contactpoint.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The first answer to a partner's write sent with an Idempotency-Key, stored in the write's own transaction:
 * a replay with the same key gets this answer back and writes nothing new.
 */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    @Id
    @Column(name = "caller", length = 64)
    private String caller;

    @Id
    @Column(name = "idempotency_key", length = 128)
    private String idempotencyKey;

    /** What was asked (method, path, body): the same key with a different request is refused, not replayed. */
    @Column(name = "request_sha256", length = 64, nullable = false)
    private String requestSha256;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location", length = 400)
    private String location;

    @Column(name = "body", length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
        // for JPA
    }

    public IdempotentRequest(String caller, String idempotencyKey, String requestSha256, int status, String location,
                             String body, Instant createdAt) {
        this.caller = caller;
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
        this.status = status;
        this.location = location;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String requestSha256() {
        return requestSha256;
    }

    public int status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String body() {
        return body;
    }

    /** The composite key: the partner and its key. */
    public static class Key implements Serializable {
        private String caller;
        private String idempotencyKey;

        public Key() {
        }

        public Key(String caller, String idempotencyKey) {
            this.caller = caller;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idempotencyKey);
        }
    }
}
