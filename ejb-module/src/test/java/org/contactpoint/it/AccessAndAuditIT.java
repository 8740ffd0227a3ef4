package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.Accounts;
import org.contactpoint.account.api.ActivationCode;
import org.contactpoint.account.api.NewAccount;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** @Authorized and @Audited on a real facade: allowed, denied (role and authority), failed, rolled back; the chain holds. */
@ExtendWith(ArquillianExtension.class)
class AccessAndAuditIT {

    private static final String NOTTS = "E10000024";
    private static final String CITY = "E06000018";
    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    Accounts accounts;

    @EJB
    TestStore store;

    @Inject
    Callers callers;

    private String suffix;

    @BeforeEach
    void accounts() {
        suffix = Integer.toString(RUN.incrementAndGet());
        account("it.admin" + suffix, Role.LA_MANAGEMENT, NOTTS);
        account("it.city" + suffix, Role.LA_MANAGEMENT, CITY);
        account("it.prac" + suffix, Role.PRACTITIONER, NOTTS);
    }

    private void account(String username, Role role, String la) {
        store.inTransaction(em -> {
            Account a = new Account(username, "Test User", "ORG", "Test Organisation", em.find(LocalAuthority.class, la),
                    Set.of(role), Instant.now());
            a.activate("x", "x", "x");
            em.persist(a);
            return null;
        });
    }

    private List<AuditEvent> eventsBy(String actor) {
        return store.inTransaction(em -> em.createQuery("SELECT e FROM AuditEvent e WHERE e.actor = :a ORDER BY e.sequence", AuditEvent.class)
                .setParameter("a", actor).getResultList());
    }

    private static NewAccount newAccount(String username, String role) {
        return new NewAccount(username, "Sam Carter", "NOTTS-YOT", "Nottinghamshire Youth Offending Team", Set.of(role), null);
    }

    @Test
    void allowedCallIsAuditedWithActorRoleAuthorityAndParameters() throws Exception {
        ActivationCode code = callers.actingAs("it.admin" + suffix,
                () -> accounts.create(NOTTS, newAccount("it.new" + suffix, "PRACTITIONER")));
        assertThat(code.code()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        List<AuditEvent> events = eventsBy("it.admin" + suffix);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.create");
            assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(e.actorRole()).contains("LA_MANAGEMENT");
            assertThat(e.localAuthorityCode()).contains(NOTTS);
            assertThat(e.parameters()).hasValueSatisfying(p -> assertThat(p).contains("it.new" + suffix).doesNotContain(code.code()));
        });
    }

    @Test
    void practitionerIsDeniedAndTheDenialIsAudited() {
        assertThatThrownBy(() -> callers.actingAs("it.prac" + suffix, () -> accounts.inAuthority(NOTTS)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(eventsBy("it.prac" + suffix)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
    }

    @Test
    void managementOfAnotherAuthorityIsDenied() {
        assertThatThrownBy(() -> callers.actingAs("it.city" + suffix, () -> {
            accounts.suspend(NOTTS, "it.prac" + suffix);
            return null;
        }))
                .isInstanceOf(NotPermittedException.class);
        assertThat(eventsBy("it.city" + suffix)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
        String status = store.inTransaction(em -> em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", "it.prac" + suffix).getSingleResult().status().name());
        assertThat(status).isEqualTo("ACTIVE");
    }

    @Test
    void anonymousCallerIsDenied() {
        assertThatThrownBy(() -> accounts.inAuthority(NOTTS)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void failedCallRollsBackItsWorkButKeepsItsAuditEvent() {
        String wanted = "it.rolled" + suffix;
        assertThatThrownBy(() -> callers.actingAs("it.admin" + suffix,
                () -> accounts.create(NOTTS, newAccount(wanted, "NATIONAL_ADMIN"))))
                .isInstanceOfSatisfying(AccountProblem.class, e -> assertThat(e.field()).isEqualTo("roles"));
        long created = store.inTransaction(em -> em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", wanted).getSingleResult());
        assertThat(created).isZero();
        assertThat(eventsBy("it.admin" + suffix)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.FAILED));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        assertThatThrownBy(() -> callers.actingAs("it.admin" + suffix,
                () -> accounts.create(NOTTS, newAccount("Bad Name!", "PRACTITIONER"))))
                .isInstanceOfSatisfying(AccountProblem.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> callers.actingAs("it.admin" + suffix,
                () -> { accounts.recordChecks(NOTTS, "nobody.here", LocalDate.now(), LocalDate.now()); return null; }))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("nobody.here");
    }

    @Test
    void lockedAccountIsUnlockedByItsAuthoritysTeam() throws Exception {
        store.inTransaction(em -> {
            Account a = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                    .setParameter("u", "it.prac" + suffix).getSingleResult();
            for (int i = 0; i < 5; i++) {
                a.recordFailedLogin(5);
            }
            return null;
        });
        callers.actingAs("it.admin" + suffix, () -> { accounts.unlock(NOTTS, "it.prac" + suffix); return null; });
        String status = store.inTransaction(em -> em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", "it.prac" + suffix).getSingleResult().status().name());
        assertThat(status).isEqualTo("ACTIVE");
    }

    @Test
    void theWholeChainVerifies() {
        List<AuditEvent> all = store.inTransaction(em -> em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.sequence", AuditEvent.class)
                .getResultList());
        assertThat(all).isNotEmpty();
        String previous = AuditEvent.GENESIS;
        long expected = 1;
        for (AuditEvent e : all) {
            if (e.sequence() < 1_000_000L) { // events written by EntityPersistenceIT directly use large sequences
                assertThat(e.sequence()).isEqualTo(expected++);
                assertThat(e.verifies(previous)).as("event " + e.sequence()).isTrue();
                previous = e.hash();
            }
        }
    }

    @Test
    void databaseRefusesToChangeAnAuditEvent() {
        assertThatThrownBy(() -> store.inTransaction(em -> em.createNativeQuery("UPDATE audit_event SET actor = 'someone'")
                .executeUpdate())).isInstanceOf(EJBException.class);
    }
}
