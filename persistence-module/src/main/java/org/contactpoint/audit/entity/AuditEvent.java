package org.contactpoint.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Optional;

/**
 * One use of ContactPoint, appended to an insert-only hash chain: each event stores the previous event's hash and
 * its own SHA-256 over the previous hash and its content, so changing or removing a row breaks the chain.
 * The sequence number is assigned by the appender (it is part of the hashed content), never by JPA.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @Column(name = "seq", updatable = false)
    private long sequence;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @NotNull
    @Size(max = 64)
    @Column(name = "actor", length = 64, nullable = false, updatable = false)
    private String actor;

    @Size(max = 40)
    @Column(name = "actor_role", length = 40, updatable = false)
    private String actorRole;

    @Size(max = 9)
    @Column(name = "local_authority_code", length = 9, updatable = false)
    private String localAuthorityCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 8, nullable = false, updatable = false)
    private Channel channel;

    @NotNull
    @Size(max = 64)
    @Column(name = "action", length = 64, nullable = false, updatable = false)
    private String action;

    @Pattern(regexp = "\\d{10}")
    @Column(name = "target_cp_id", length = 10, updatable = false)
    private String targetCpId;

    /** Call parameters as JSON, never secrets; a search's criteria and returned IDs, a view's reason. */
    @Size(max = 4000)
    @Column(name = "parameters", length = 4000, updatable = false)
    private String parameters;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 8, nullable = false, updatable = false)
    private Outcome outcome;

    @Size(max = 64)
    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "hash", length = 64, nullable = false, updatable = false)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    @SuppressWarnings("java:S107") // an audit event is exactly these facts
    public AuditEvent(long sequence, Instant occurredAt, String actor, String actorRole, String localAuthorityCode,
                      Channel channel, String action, String targetCpId, String parameters, Outcome outcome,
                      String clientAddress, String previousHash, String hash) {
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.localAuthorityCode = localAuthorityCode;
        this.channel = channel;
        this.action = action;
        this.targetCpId = targetCpId;
        this.parameters = parameters;
        this.outcome = outcome;
        this.clientAddress = clientAddress;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> actorRole() {
        return Optional.ofNullable(actorRole);
    }

    public Optional<String> localAuthorityCode() {
        return Optional.ofNullable(localAuthorityCode);
    }

    public Channel channel() {
        return channel;
    }

    public String action() {
        return action;
    }

    public Optional<String> targetCpId() {
        return Optional.ofNullable(targetCpId);
    }

    public Optional<String> parameters() {
        return Optional.ofNullable(parameters);
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<String> clientAddress() {
        return Optional.ofNullable(clientAddress);
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
