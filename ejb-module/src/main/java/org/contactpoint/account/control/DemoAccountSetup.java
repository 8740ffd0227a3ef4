package org.contactpoint.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.ApiKey;
import org.contactpoint.account.entity.ClientCertificate;
import org.contactpoint.account.entity.Role;
import org.contactpoint.security.apikey.ApiKeySecret;
import java.util.Set;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.demo.DemoAccounts;
import org.contactpoint.security.password.SecretHasher;
import org.contactpoint.security.token.SecretCipher;

import org.contactpoint.security.certificate.ClientCertificateCredential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Creates the demo logins and partner systems of {@link DemoAccounts} (only on a demo start, only those not there yet),
 * and registers the client certificates the run command made for them ({@code <demo>/partner-certificates/<user>.pem}).
 */
@ApplicationScoped
public class DemoAccountSetup {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Transactional
    public int createMissing(Path demoDir) {
        Instant now = Clock.systemUTC().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        SecretCipher cipher = SecretCipher.fromServerConfiguration();
        String passwordHash = SecretHasher.hash(DemoAccounts.PASSWORD.toCharArray());
        String pinHash = SecretHasher.hash(DemoAccounts.PIN.toCharArray());
        int created = 0;
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            if (exists(demo.username())) {
                continue;
            }
            LocalAuthority la = demo.localAuthorityCode() == null ? null : em.find(LocalAuthority.class, demo.localAuthorityCode());
            Account account = new Account(demo.username(), demo.displayName(), demo.organisationCode(),
                    demo.organisationName(), la, demo.roles(), now);
            if (demo.serviceType() != null) {
                account.belongToService(ServiceType.fromCode(demo.serviceType()).orElseThrow());
            }
            account.recordTraining(today.minusMonths(2), today.minusMonths(2));
            account.recordChecks(today.minusMonths(3), today.minusYears(1));
            account.activate(passwordHash, pinHash, cipher.encrypt(demo.tokenSecret(), demo.username()));
            em.persist(account);
            created++;
        }
        for (DemoAccounts.DemoPartnerSystem demo : DemoAccounts.PARTNER_SYSTEMS) {
            if (exists(demo.username())) {
                continue;
            }
            LocalAuthority la = demo.localAuthorityCode() == null ? null : em.find(LocalAuthority.class, demo.localAuthorityCode());
            Account account = new Account(demo.username(), demo.displayName(), demo.sourceSystem(), demo.displayName(),
                    la, Set.of(Role.PARTNER_SYSTEM), now);
            account.markNationalPartner(demo.nationalPartner());
            account.activateAsPartnerSystem();
            em.persist(account);
            ApiKeySecret key = demo.apiKey();
            em.persist(new ApiKey(account, key.keyId(), key.secretSha256(), DemoAccounts.PARTNER_REQUESTS_PER_SECOND, now));
            created++;
        }
        em.flush();
        for (DemoAccounts.DemoPartnerSystem demo : DemoAccounts.PARTNER_SYSTEMS) {
            registerCertificate(demo.username(), demoDir.resolve("partner-certificates").resolve(demo.username() + ".pem"), now);
        }
        return created;
    }

    private void registerCertificate(String username, Path pem, Instant now) {
        if (!Files.isRegularFile(pem)) {
            return;
        }
        X509Certificate x509;
        try (InputStream in = Files.newInputStream(pem)) {
            x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("The demo certificate " + pem + " cannot be read", e);
        }
        String sha256 = ClientCertificateCredential.fingerprint(x509);
        if (!em.createQuery("SELECT c.id FROM ClientCertificate c WHERE c.sha256 = :s").setParameter("s", sha256)
                .getResultList().isEmpty()) {
            return;
        }
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
        em.persist(new ClientCertificate(account, sha256, x509, DemoAccounts.PARTNER_REQUESTS_PER_SECOND, now));
    }

    private boolean exists(String username) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty();
    }
}
