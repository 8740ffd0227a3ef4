package org.contactpoint.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.contactpoint.contactdetails.entity.OrganisationName;
import org.contactpoint.contactdetails.entity.PersonName;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.LocalAuthority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A user or partner system. Users need all four factors (password, PIN, token, username) and current
 * prerequisites: ContactPoint training, information-sharing training, identity check and an enhanced
 * criminal-record check. Secrets are stored only as Argon2id hashes or, for the token seed, encrypted.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "must be 3–64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter")
    @Column(name = "username", length = 64, nullable = false, unique = true)
    private String username;

    @NotNull
    @PersonName
    @Column(name = "display_name", length = 100, nullable = false)
    private String displayName;

    @Email(message = "must be an e-mail address")
    @Size(max = 200)
    @Column(name = "email", length = 200)
    private String email;

    /** Code of the employing organisation; involvements it owns are editable by its users. */
    @NotNull
    @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be an organisation code such as NOTTS-YOT")
    @Column(name = "organisation_code", length = 32, nullable = false)
    private String organisationCode;

    @NotNull
    @OrganisationName
    @Column(name = "organisation_name", length = 200, nullable = false)
    private String organisationName;

    /** National partners (bodies outside local authorities) never see sensitive services or archived records. */
    @Column(name = "national_partner", nullable = false)
    private boolean nationalPartner;

    /** The authority the account works for; null only for national roles. */
    @ManyToOne
    @JoinColumn(name = "local_authority_code")
    private LocalAuthority localAuthority;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** For users of a sensitive service: the service they belong to, whose involvements they see in full. */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", length = 32)
    private ServiceType serviceType;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private AccountStatus status = AccountStatus.PENDING;

    @Size(max = 512)
    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Size(max = 512)
    @Column(name = "pin_hash", length = 512)
    private String pinHash;

    /** TOTP seed, AES-GCM encrypted with a key from server configuration (base64 of nonce + ciphertext). */
    @Size(max = 512)
    @Column(name = "token_secret", length = 512)
    private String encryptedTokenSecret;

    @Size(max = 512)
    @Column(name = "activation_code_hash", length = 512)
    private String activationCodeHash;

    @Column(name = "activation_expires_at")
    private Instant activationExpiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Valid
    @Embedded
    private Vetting vetting = new Vetting();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String organisationCode, String organisationName,
                   LocalAuthority localAuthority, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.organisationCode = organisationCode;
        this.organisationName = organisationName;
        this.localAuthority = localAuthority;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public void recordTraining(LocalDate contactPointTraining, LocalDate informationSharingTraining) {
        vetting().recordTraining(contactPointTraining, informationSharingTraining);
    }

    public void recordChecks(LocalDate identityChecked, LocalDate enhancedCheck) {
        vetting().recordChecks(identityChecked, enhancedCheck);
    }

    /** Training and checks; JPA leaves an all-null embeddable null, so an empty one stands in. */
    public Vetting vetting() {
        if (vetting == null) {
            vetting = new Vetting();
        }
        return vetting;
    }

    public void belongToService(ServiceType service) {
        this.serviceType = service;
    }

    public void markNationalPartner(boolean national) {
        this.nationalPartner = national;
    }

    /** Starts (or restarts) enrolment: a one-time activation code, stored only as a hash, valid until it expires. */
    public void startEnrolment(String codeHash, Instant expiresAt) {
        if (status == AccountStatus.REVOKED) {
            throw new IllegalStateException("a revoked account cannot be enrolled again");
        }
        this.status = AccountStatus.PENDING;
        this.activationCodeHash = codeHash;
        this.activationExpiresAt = expiresAt;
        this.encryptedTokenSecret = null;
    }

    /** During enrolment: the token secret offered to the user (encrypted), confirmed by {@link #activate}. */
    public void offerToken(String newEncryptedTokenSecret) {
        if (status != AccountStatus.PENDING) {
            throw new IllegalStateException("a token is offered only during enrolment");
        }
        this.encryptedTokenSecret = newEncryptedTokenSecret;
    }

    /** Completes enrolment with the user's chosen secrets; the activation code can no longer be used. */
    public void activate(String newPasswordHash, String newPinHash, String newEncryptedTokenSecret) {
        this.passwordHash = newPasswordHash;
        this.pinHash = newPinHash;
        this.encryptedTokenSecret = newEncryptedTokenSecret;
        this.activationCodeHash = null;
        this.activationExpiresAt = null;
        this.failedAttempts = 0;
        this.status = AccountStatus.ACTIVE;
    }

    /**
     * A partner system is active from creation: it never signs in interactively (no password, PIN or token), it
     * authenticates with its API keys only.
     */
    public void activateAsPartnerSystem() {
        if (!roles.equals(EnumSet.of(Role.PARTNER_SYSTEM))) {
            throw new IllegalStateException("only a partner-system account is activated without enrolment");
        }
        this.status = AccountStatus.ACTIVE;
    }

    public boolean isPartnerSystem() {
        return roles.contains(Role.PARTNER_SYSTEM);
    }

    /** Whether a partner system's credential (an API key or a client certificate) may act for this account now. */
    public boolean mayActAsPartnerSystem() {
        return status == AccountStatus.ACTIVE && isPartnerSystem();
    }

    /** Counts a failed login; the fifth consecutive failure locks the account. */
    public void recordFailedLogin(int lockAfter) {
        failedAttempts++;
        if (failedAttempts >= lockAfter && status == AccountStatus.ACTIVE) {
            status = AccountStatus.LOCKED;
        }
    }

    public void recordLogin(Instant at) {
        this.failedAttempts = 0;
        this.lastLoginAt = at;
    }

    public void unlock() {
        if (status == AccountStatus.LOCKED) {
            status = AccountStatus.ACTIVE;
        }
        failedAttempts = 0;
    }

    /** Revocation is final: a revoked account is never suspended, reinstated or re-enrolled. */
    public void suspend() {
        if (status != AccountStatus.REVOKED) {
            status = AccountStatus.SUSPENDED;
        }
    }

    public boolean isRevoked() {
        return status == AccountStatus.REVOKED;
    }

    public void reinstate() {
        if (status == AccountStatus.SUSPENDED) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void revoke() {
        status = AccountStatus.REVOKED;
        activationCodeHash = null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String organisationName() {
        return organisationName;
    }

    public boolean isNationalPartner() {
        return nationalPartner;
    }

    public Optional<LocalAuthority> localAuthority() {
        return Optional.ofNullable(localAuthority);
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Optional<ServiceType> serviceType() {
        return Optional.ofNullable(serviceType);
    }

    public AccountStatus status() {
        return status;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<String> pinHash() {
        return Optional.ofNullable(pinHash);
    }

    public Optional<String> encryptedTokenSecret() {
        return Optional.ofNullable(encryptedTokenSecret);
    }

    public Optional<String> activationCodeHash() {
        return Optional.ofNullable(activationCodeHash);
    }

    public Optional<Instant> activationExpiresAt() {
        return Optional.ofNullable(activationExpiresAt);
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> lastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
