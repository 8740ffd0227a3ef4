package org.contactpoint.account.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.IssuedApiKey;
import org.contactpoint.account.api.NewPartnerSystem;
import org.contactpoint.account.api.PartnerSystemView;
import org.contactpoint.account.api.PartnerSystems;
import org.contactpoint.account.control.AccountRegister;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.ApiKey;
import org.contactpoint.account.entity.ClientCertificate;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.security.apikey.ApiKeySecret;
import org.contactpoint.security.certificate.ClientCertificateCredential;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@link PartnerSystems}: a team registers and keys its own authority's systems only. */
@Stateless
public class PartnerSystemAdministration implements PartnerSystems {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    AccountRegister register;

    @Resource
    Validator validator;

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.list")
    public List<PartnerSystemView> inAuthority(@AuthorityScope String authority) {
        return register.allIn(authority).stream().filter(Account::isPartnerSystem).map(this::view).toList();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.register")
    public IssuedApiKey register(@AuthorityScope String authority, NewPartnerSystem system) {
        validator.validate(system).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new AccountProblem(v.getPropertyPath().toString(), v.getPropertyPath() + " " + v.getMessage());
                });
        if (register.byUsername(system.username()).isPresent()) {
            throw new AccountProblem("username", "The username '" + system.username() + "' is already taken.");
        }
        LocalAuthority la = em.find(LocalAuthority.class, authority);
        if (la == null) {
            throw new AccountProblem("authority", "There is no local authority " + authority + ".");
        }
        Account account = new Account(system.username(), system.name(), system.sourceSystem(), system.name(), la,
                Set.of(Role.PARTNER_SYSTEM), register.now());
        account.activateAsPartnerSystem();
        em.persist(account);
        return issue(account, system.requestsPerSecond());
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.issue-key")
    public IssuedApiKey issueKey(@AuthorityScope String authority, String username) {
        Account account = system(authority, username);
        if (account.isRevoked()) {
            throw new AccountProblem("username", "The partner system '" + username + "' is revoked: register a new one instead.");
        }
        int rate = keys(account).stream().map(ApiKey::requestsPerSecond).findFirst().orElse(100);
        return issue(account, rate);
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.revoke-key")
    public void revokeKey(@AuthorityScope String authority, String username, String keyId) {
        Account account = system(authority, username);
        keys(account).stream().filter(k -> k.keyId().equals(keyId)).findFirst()
                .orElseThrow(() -> new AccountProblem("keyId", "The partner system '" + username + "' has no key " + keyId + "."))
                .revoke(register.now());
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.register-certificate")
    public PartnerSystemView.Certificate registerCertificate(@AuthorityScope String authority, String username, String certificate) {
        Account account = system(authority, username);
        if (account.isRevoked()) {
            throw new AccountProblem("username", "The partner system '" + username + "' is revoked: register a new one instead.");
        }
        X509Certificate x509 = x509(certificate);
        if (!x509.getNotAfter().toInstant().isAfter(register.now())) {
            throw new AccountProblem("certificate", "certificate expired on " + x509.getNotAfter().toInstant() + ".");
        }
        String sha256 = ClientCertificateCredential.fingerprint(x509);
        if (!em.createQuery("SELECT c.id FROM ClientCertificate c WHERE c.sha256 = :s").setParameter("s", sha256)
                .getResultList().isEmpty()) {
            throw new AccountProblem("certificate", "certificate is registered already (a certificate can be registered once).");
        }
        int rate = keys(account).stream().map(ApiKey::requestsPerSecond).findFirst().orElse(100);
        ClientCertificate registered = new ClientCertificate(account, sha256, x509, rate, register.now());
        em.persist(registered);
        return view(registered);
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.revoke-certificate")
    public void revokeCertificate(@AuthorityScope String authority, String username, String sha256) {
        Account account = system(authority, username);
        certificates(account).stream().filter(c -> c.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new AccountProblem("certificate", "The partner system '" + username
                        + "' has no certificate " + sha256 + "."))
                .revoke(register.now());
    }

    /** One PEM certificate; anything else is a clear error, never a parser's message. */
    private static X509Certificate x509(String certificate) {
        if (certificate == null || certificate.isBlank()) {
            throw new AccountProblem("certificate", "certificate is required (PEM, '-----BEGIN CERTIFICATE-----').");
        }
        if (certificate.length() > 16 * 1024) {
            throw new AccountProblem("certificate", "certificate is too long: a certificate is at most 16 KiB.");
        }
        if (!certificate.strip().startsWith("-----BEGIN CERTIFICATE-----")) {
            throw new AccountProblem("certificate", "certificate must be PEM text starting with '-----BEGIN CERTIFICATE-----'.");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new AccountProblem("certificate", "certificate is not a readable X.509 certificate in PEM form.");
        }
    }

    private IssuedApiKey issue(Account account, int requestsPerSecond) {
        ApiKeySecret key = ApiKeySecret.generate();
        em.persist(new ApiKey(account, key.keyId(), key.secretSha256(), requestsPerSecond, register.now()));
        return new IssuedApiKey(account.username(), key.keyId(), key.presented());
    }

    private Account system(String authority, String username) {
        Account account = register.inAuthority(authority, username);
        if (!account.isPartnerSystem()) {
            throw new AccountProblem("username", "'" + username + "' is not a partner system.");
        }
        return account;
    }

    private List<ApiKey> keys(Account account) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.account = :a ORDER BY k.createdAt DESC", ApiKey.class)
                .setParameter("a", account).getResultList();
    }

    private List<ClientCertificate> certificates(Account account) {
        return em.createQuery("SELECT c FROM ClientCertificate c WHERE c.account = :a ORDER BY c.registeredAt DESC",
                ClientCertificate.class).setParameter("a", account).getResultList();
    }

    private PartnerSystemView view(Account a) {
        return new PartnerSystemView(a.username(), a.displayName(), a.organisationCode(), a.status().name(),
                keys(a).stream().map(k -> new PartnerSystemView.Key(k.keyId(), k.requestsPerSecond(), k.createdAt(),
                        k.revokedAt().orElse(null))).toList(),
                certificates(a).stream().map(PartnerSystemAdministration::view).toList());
    }

    private static PartnerSystemView.Certificate view(ClientCertificate c) {
        return new PartnerSystemView.Certificate(c.sha256(), c.subject(), c.notAfter(), c.registeredAt(),
                c.revokedAt().orElse(null));
    }
}
