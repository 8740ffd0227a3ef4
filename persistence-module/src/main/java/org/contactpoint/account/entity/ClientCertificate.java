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
import jakarta.validation.constraints.Size;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * A client certificate registered on a partner-system account (mutual TLS). The TLS layer has already checked its
 * chain against the server's truststore; this pins the certificate itself, by the SHA-256 of its DER encoding, to
 * one account. Revocation is final; a renewed certificate is registered anew.
 */
@Entity
@Table(name = "client_certificate")
public class ClientCertificate {

    @Id
    @SequenceGenerator(name = "client_certificate_seq", sequenceName = "client_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_certificate_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "sha256", length = 64, nullable = false, unique = true)
    private String sha256;

    @NotNull
    @Size(max = 500)
    @Column(name = "subject", length = 500, nullable = false)
    private String subject;

    @NotNull
    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    /** The partner's rate limit when it calls with this certificate. */
    @Min(1)
    @Max(10_000)
    @Column(name = "requests_per_second", nullable = false)
    private int requestsPerSecond;

    @NotNull
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ClientCertificate() {
        // for JPA
    }

    /** {@code sha256}: the fingerprint of the certificate's DER encoding; the subject is kept to its first 500 characters. */
    public ClientCertificate(Account account, String sha256, X509Certificate certificate, int requestsPerSecond,
                             Instant registeredAt) {
        String name = certificate.getSubjectX500Principal().getName();
        this.account = account;
        this.sha256 = sha256;
        this.subject = name.length() > 500 ? name.substring(0, 500) : name;
        this.notAfter = certificate.getNotAfter().toInstant();
        this.requestsPerSecond = requestsPerSecond;
        this.registeredAt = registeredAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Usable at {@code now}: not revoked and not expired. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(notAfter);
    }

    public Account account() {
        return account;
    }

    public String sha256() {
        return sha256;
    }

    public String subject() {
        return subject;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
