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

    /** The hash of the empty chain: the first event's previous hash. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The next event of a chain: sequence and time are fixed here (time to the microsecond, the precision both
     * databases keep) and the hash computed over the previous hash and this event's content.
     */
    @SuppressWarnings("java:S107")
    public static AuditEvent chained(long sequence, String previousHash, Instant occurredAt, String actor, String actorRole,
                                     String localAuthorityCode, Channel channel, String action, String targetCpId,
                                     String parameters, Outcome outcome, String clientAddress) {
        Instant at = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        AuditEvent event = new AuditEvent(sequence, at, actor, actorRole, localAuthorityCode, channel, action, targetCpId,
                parameters, outcome, clientAddress, previousHash, null);
        event.hash = event.computeHash();
        return event;
    }

    /** SHA-256 (hex) over the previous hash and every field, each length-prefixed so fields cannot run together. */
    public String computeHash() {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[]{previousHash, Long.toString(sequence),
                Long.toString(occurredAt.getEpochSecond()), Integer.toString(occurredAt.getNano() / 1000), actor, actorRole,
                localAuthorityCode, channel.name(), action, targetCpId, parameters, outcome.name(), clientAddress}) {
            String value = field == null ? "\u0000" : field;
            content.append(value.length()).append(':').append(value).append('|');
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when this event's stored hash matches its content and follows {@code expectedPrevious}. */
    public boolean verifies(String expectedPrevious) {
        return previousHash.equals(expectedPrevious) && hash.equals(computeHash());
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
