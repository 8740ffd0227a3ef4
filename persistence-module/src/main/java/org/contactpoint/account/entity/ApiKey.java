package org.contactpoint.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.Optional;

/**
 * A partner system's bearer key. The key is shown once when issued; only the SHA-256 of its secret part is kept.
 * A partner may hold several (rotation: issue the new one, move over, revoke the old); revocation is final.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** The public part of the key, which names it in lists and logs. */
    @NotNull
    @Pattern(regexp = "[a-z2-7]{16}")
    @Column(name = "key_id", length = 16, nullable = false, unique = true)
    private String keyId;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "secret_sha256", length = 64, nullable = false)
    private String secretSha256;

    /** The partner's rate limit: more requests than this per second are answered 429. */
    @Min(1)
    @Max(10_000)
    @Column(name = "requests_per_second", nullable = false)
    private int requestsPerSecond;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {
        // for JPA
    }

    public ApiKey(Account account, String keyId, String secretSha256, int requestsPerSecond, Instant createdAt) {
        this.account = account;
        this.keyId = keyId;
        this.secretSha256 = secretSha256;
        this.requestsPerSecond = requestsPerSecond;
        this.createdAt = createdAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Account account() {
        return account;
    }

    public String keyId() {
        return keyId;
    }

    public String secretSha256() {
        return secretSha256;
    }

    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
