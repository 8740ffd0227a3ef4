package org.contactpoint.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.ApiKey;
import org.contactpoint.account.entity.Role;
import org.contactpoint.security.apikey.ApiKeySecret;
import java.util.Set;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.demo.DemoAccounts;
import org.contactpoint.security.password.SecretHasher;
import org.contactpoint.security.token.SecretCipher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Creates the demo logins and partner systems of {@link DemoAccounts} (only on a demo start, only those not there yet). */
@ApplicationScoped
public class DemoAccountSetup {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Transactional
    public int createMissing() {
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
        return created;
    }

    private boolean exists(String username) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty();
    }
}
