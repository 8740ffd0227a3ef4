package org.contactpoint.web.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.api.PartnerSystemView;
import org.contactpoint.account.api.PartnerSystems;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.it.PortalFixtures;
import org.contactpoint.it.TestStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * A partner system authenticated by a client certificate (mutual TLS over the test domain's HTTPS listener, which
 * asks for one): refused until the certificate is registered on its account, then REST and SOAP work without a key,
 * audited as the system; a wrong key still counts; revocation and suspension take effect on the next request.
 */
@ExtendWith(ArquillianExtension.class)
class ClientCertificateIT {

    private static final LocalDate DOB = LocalDate.now().minusYears(9).withMonth(3).withDayOfMonth(2);

    @Deployment
    static WebArchive deployment() {
        return ApiDeployment.create();
    }

    @ArquillianResource
    URL base;

    @EJB
    TestStore store;

    @EJB
    PartnerSystems partners;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    private String https;
    private String family;
    private String shieldedId;

    @BeforeEach
    void children() {
        // Payara's port convention: HTTPS is the HTTP port + 1 (base + 80, base + 81)
        https = "https://localhost:" + (base.getPort() + 1) + base.getPath();
        family = PortalFixtures.uniqueFamilyName();
        shieldedId = store.inTransaction(em -> fixtures.child("Olivia", family, DOB, true, true)).cpId().value();
    }

    /** One journey: the test domain has one client certificate, and a certificate can be registered once. */
    @Test
    void aRegisteredCertificateStandsInForAKeyUntilRevoked() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String system = "sys.cert." + run;
        store.inTransaction(em -> fixtures.partnerSystem(system, "CERT-" + run.toUpperCase(), NOTTS, false, 1000));
        String team = store.inTransaction(em -> fixtures.account("cert.team." + run, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false));
        MutualTls partner = MutualTls.to(https, true);
        String search = "api/v1/children?familyName=" + family + "&dateOfBirth=" + DOB + "&gender=female";

        Http.Answer unregistered = partner.send("GET", search, null, null);
        assertThat(unregistered.status()).isEqualTo(401);
        assertThat(unregistered.contentType()).startsWith("application/problem+json");
        assertThat(unregistered.body()).contains("client certificate").doesNotContain(shieldedId);

        PartnerSystemView.Certificate registered = callers.actingAs(team,
                () -> partners.registerCertificate(NOTTS, system, MutualTls.certificatePem()));
        assertThat(registered.subject()).contains("CN=it-partner");

        Http.Answer found = partner.send("GET", search, null, null);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(shieldedId);
        for (String locating : LOCATING) {
            assertThat(found.body()).as("shielded search result over mutual TLS").doesNotContain(locating);
        }
        List<Channel> channels = store.inTransaction(em -> em.createQuery("SELECT e.channel FROM AuditEvent e "
                + "WHERE e.actor = :a AND e.action = 'child.search'", Channel.class).setParameter("a", system).getResultList());
        assertThat(channels).containsExactly(Channel.REST);

        Http.Answer soap = partner.send("POST", "soap/ChildIndex", "text/xml; charset=utf-8", SoapClient.envelope(
                "<ci:FindChildren><ci:contactPointId>" + shieldedId + "</ci:contactPointId></ci:FindChildren>"), "SOAPAction", "\"\"");
        assertThat(soap.status()).as(soap.body()).isEqualTo(200);
        assertThat(soap.body()).contains(shieldedId);
        for (String locating : LOCATING) {
            assertThat(soap.body()).as("shielded search result over SOAP with mutual TLS").doesNotContain(locating);
        }

        Http.Answer wrongKey = partner.send("GET", search, null, null,
                "Authorization", "Bearer cpk_aaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(wrongKey.status()).as("a key that is sent is what counts").isEqualTo(401);

        callers.actingAs(team, () -> { partners.revokeCertificate(NOTTS, system, registered.sha256()); return null; });
        Http.Answer revoked = partner.send("GET", search, null, null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body()).doesNotContain(shieldedId);
    }

    @Test
    void withoutACertificateOrKeyHttpsIsRefused() {
        Http.Answer answer = MutualTls.to(https, false).send("GET", "api/v1/children/" + shieldedId + "?reason=providing-a-service", null, null);

        assertThat(answer.status()).isEqualTo(401);
        for (String locating : LOCATING) {
            assertThat(answer.body()).doesNotContain(locating);
        }
    }
}
