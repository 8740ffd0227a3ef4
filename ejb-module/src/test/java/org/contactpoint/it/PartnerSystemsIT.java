package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.Accounts;
import org.contactpoint.account.api.IssuedApiKey;
import org.contactpoint.account.api.NewAccount;
import org.contactpoint.account.api.NewPartnerSystem;
import org.contactpoint.account.api.PartnerSystemView;
import org.contactpoint.account.api.PartnerSystems;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.security.apikey.ApiKeyCheck;
import org.contactpoint.security.apikey.ApiKeyCredential;
import org.contactpoint.security.apikey.ApiKeySecret;
import org.contactpoint.security.certificate.ClientCertificateCheck;
import org.contactpoint.security.certificate.ClientCertificateCredential;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.CITY;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/** A team registers its partner systems and issues, rotates and revokes their API keys; keys work only while live. */
@ExtendWith(ArquillianExtension.class)
class PartnerSystemsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    PartnerSystems partners;

    @EJB
    Accounts accounts;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    @Inject
    ApiKeyCheck keys;

    @Inject
    ClientCertificateCheck certificates;

    private String team;

    @BeforeEach
    void team() {
        team = store.inTransaction(em -> fixtures.account("ps.team" + System.nanoTime() % 1_000_000, Role.LA_MANAGEMENT,
                NOTTS, "NOTTS-CP", null, false));
    }

    private <T> T asTeam(Callable<T> work) throws Exception {
        return callers.actingAs(team, work);
    }

    private boolean accepted(String presented) {
        return ApiKeySecret.parse(presented).flatMap(k -> keys.check(new ApiKeyCredential(k))).isPresent();
    }

    @Test
    void aRegisteredSystemsKeyWorksUntilRevokedAndRotationKeepsTheOtherKey() throws Exception {
        String username = "ps.sys" + System.nanoTime() % 1_000_000;
        IssuedApiKey first = asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System",
                "NOTTS-CASE", 20)));
        IssuedApiKey second = asTeam(() -> partners.issueKey(NOTTS, username));

        assertThat(accepted(first.key())).isTrue();
        assertThat(accepted(second.key())).isTrue();
        asTeam(() -> { partners.revokeKey(NOTTS, username, first.keyId()); return null; });
        assertThat(accepted(first.key())).isFalse();
        assertThat(accepted(second.key())).isTrue();

        PartnerSystemView listed = asTeam(() -> partners.inAuthority(NOTTS)).stream()
                .filter(s -> s.username().equals(username)).findFirst().orElseThrow();
        assertThat(listed.sourceSystem()).isEqualTo("NOTTS-CASE");
        assertThat(listed.keys()).extracting(PartnerSystemView.Key::keyId).containsExactlyInAnyOrder(first.keyId(), second.keyId());
        assertThat(listed.keys()).filteredOn(PartnerSystemView.Key::isRevoked).extracting(PartnerSystemView.Key::keyId)
                .containsExactly(first.keyId());
        List<String> audited = store.inTransaction(em -> em.createQuery("SELECT e.parameters FROM AuditEvent e WHERE e.actor = :a",
                String.class).setParameter("a", team).getResultList());
        assertThat(audited).isNotEmpty().noneMatch(p -> p.contains(first.key()) || p.contains(second.key()));
    }

    @Test
    void aSuspendedSystemsKeysStopWorking() throws Exception {
        String username = "ps.sus" + System.nanoTime() % 1_000_000;
        IssuedApiKey key = asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System",
                "NOTTS-CASE", 20)));
        asTeam(() -> { accounts.suspend(NOTTS, username); return null; });
        assertThat(accepted(key.key())).isFalse();
    }

    @Test
    void badRegistrationsAndOtherAuthoritiesAreRefused() throws Exception {
        String username = "ps.bad" + System.nanoTime() % 1_000_000;
        assertThatThrownBy(() -> asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System",
                "lower-case", 20)))).isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.field()).isEqualTo("sourceSystem"));
        assertThatThrownBy(() -> asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System",
                "NOTTS-CASE", 0)))).isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.field()).isEqualTo("requestsPerSecond"));
        assertThatThrownBy(() -> asTeam(() -> accounts.create(NOTTS, new NewAccount(username, "Sys Tem", "NOTTS-CASE",
                "Notts Case System", Set.of("PARTNER_SYSTEM"), null)))).isInstanceOfSatisfying(AccountProblem.class,
                p -> assertThat(p.field()).isEqualTo("roles"));
        String cityTeam = store.inTransaction(em -> fixtures.account("ps.city" + System.nanoTime() % 1_000_000,
                Role.LA_MANAGEMENT, CITY, "NOTTM-CP", null, false));
        IssuedApiKey ours = asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System", "NOTTS-CASE", 20)));
        assertThatThrownBy(() -> callers.actingAs(cityTeam, () -> {
            partners.revokeKey(CITY, username, ours.keyId());
            return null;
        }))
                .isInstanceOf(AccountProblem.class);
        assertThat(accepted(ours.key())).isTrue();
        long registrations = store.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE "
                + "e.action = 'partner-system.register' AND e.actor = :a", Long.class).setParameter("a", team).getSingleResult());
        assertThat(registrations).as("two refused, one done").isEqualTo(3L);
    }

    /** The test domain's client certificates (made by the build's {@code domain start}), as PEM text. */
    private static String pem(String file) throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("com.sun.aas.instanceRoot"), "config", file));
    }

    private boolean certificateAccepted(String pem) throws Exception {
        java.security.cert.X509Certificate x509 = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory
                .getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return certificates.check(new ClientCertificateCredential(x509)).isPresent();
    }

    /** The only test here that registers the domain's one good certificate: a certificate can be registered once. */
    @Test
    void aClientCertificateIsPinnedToItsSystemUntilRevoked() throws Exception {
        String username = "ps.crt" + System.nanoTime() % 1_000_000;
        asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System", "NOTTS-CASE", 20)));
        String good = pem("it-partner-client.pem");
        assertThat(certificateAccepted(good)).isFalse();

        PartnerSystemView.Certificate registered = asTeam(() -> partners.registerCertificate(NOTTS, username, good));

        assertThat(certificateAccepted(good)).isTrue();
        assertThat(registered.sha256()).matches("[0-9a-f]{64}");
        PartnerSystemView listed = asTeam(() -> partners.inAuthority(NOTTS)).stream()
                .filter(s -> s.username().equals(username)).findFirst().orElseThrow();
        assertThat(listed.certificates()).extracting(PartnerSystemView.Certificate::sha256).containsExactly(registered.sha256());
        assertThatThrownBy(() -> asTeam(() -> partners.registerCertificate(NOTTS, username, good)))
                .isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.getMessage()).contains("registered already"));

        asTeam(() -> { partners.revokeCertificate(NOTTS, username, registered.sha256()); return null; });
        assertThat(certificateAccepted(good)).isFalse();
        long audited = store.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = :a AND "
                + "e.action IN ('partner-system.register-certificate', 'partner-system.revoke-certificate')", Long.class)
                .setParameter("a", team).getSingleResult());
        assertThat(audited).as("two registrations (one refused) and a revocation").isEqualTo(3L);
    }

    @Test
    void unreadableExpiredOrOtherAuthoritiesCertificatesAreRefusedAndNothingIsStored() throws Exception {
        String username = "ps.bcr" + System.nanoTime() % 1_000_000;
        asTeam(() -> partners.register(NOTTS, new NewPartnerSystem(username, "Notts Case System", "NOTTS-CASE", 20)));
        long before = store.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM ClientCertificate c", Long.class).getSingleResult());
        String cityTeam = store.inTransaction(em -> fixtures.account("ps.ccity" + System.nanoTime() % 1_000_000,
                Role.LA_MANAGEMENT, CITY, "NOTTM-CP", null, false));

        for (String bad : new String[]{null, " ", "hello", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                "-----BEGIN CERTIFICATE-----\n" + "A".repeat(20_000) + "\n-----END CERTIFICATE-----", pem("it-expired-client.pem")}) {
            assertThatThrownBy(() -> asTeam(() -> partners.registerCertificate(NOTTS, username, bad)))
                    .isInstanceOfSatisfying(AccountProblem.class, p -> {
                        assertThat(p.field()).isEqualTo("certificate");
                        assertThat(p.getMessage()).startsWith("certificate").doesNotContain("Exception");
                    });
        }
        assertThatThrownBy(() -> callers.actingAs(cityTeam, () -> partners.registerCertificate(CITY, username,
                pem("it-partner-client.pem")))).isInstanceOf(AccountProblem.class);
        long after = store.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM ClientCertificate c", Long.class).getSingleResult());
        assertThat(after).isEqualTo(before);
    }
}
