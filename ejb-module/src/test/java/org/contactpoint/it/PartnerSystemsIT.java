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
}
