package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.NoSuchChild;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.child.entity.Child;
import org.contactpoint.consent.api.ConsentRecord;
import org.contactpoint.consent.api.ConsentRegister;
import org.contactpoint.involvement.entity.ServiceType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.CITY;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/** The team's consent register: withdrawing consent hides the sensitive service at once from everyone. */
@ExtendWith(ArquillianExtension.class)
class ConsentRegisterIT {

    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    ConsentRegister register;

    @EJB
    ChildRecords records;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    private String team;
    private String otherTeam;
    private String clinician;
    private String practitioner;
    private String cpId;

    @BeforeEach
    void data() {
        String s = Integer.toString(RUN.incrementAndGet());
        store.inTransaction(em -> {
            team = fixtures.account("cr.team" + s, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false);
            otherTeam = fixtures.account("cr.city" + s, Role.LA_MANAGEMENT, CITY, "CITY-CP", null, false);
            clinician = fixtures.account("cr.camhs" + s, Role.SENSITIVE_SERVICE_PRACTITIONER, NOTTS, "NOTTS-MH", ServiceType.MENTAL_HEALTH, false);
            practitioner = fixtures.account("cr.prac" + s, Role.PRACTITIONER, NOTTS, "NOTTS-YOT", null, false);
            cpId = fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(), LocalDate.now().minusYears(15), false, true).cpId().value();
            return null;
        });
    }

    private <T> T as(String username, Callable<T> work) throws Exception {
        return callers.actingAs(username, work);
    }

    private List<RecordView.ServiceView> sensitiveServicesSeenBy(String username) throws Exception {
        return as(username, () -> records.open(cpId, ViewReason.PROVIDING_A_SERVICE, null)).services().stream()
                .filter(RecordView.ServiceView::sensitive).toList();
    }

    @Test
    void withdrawingConsentHidesTheSensitiveServiceFromEveryoneAtOnce() throws Exception {
        assertThat(sensitiveServicesSeenBy(clinician)).singleElement().satisfies(s -> assertThat(s.serviceName()).isEqualTo("Notts CAMHS Clinic"));
        assertThat(sensitiveServicesSeenBy(practitioner)).singleElement().satisfies(s -> assertThat(s.masked()).isTrue());
        List<ConsentRecord> consents = as(team, () -> register.ofChild(NOTTS, cpId));
        assertThat(consents).singleElement().satisfies(c -> {
            assertThat(c.isActive()).isTrue();
            assertThat(c.serviceType()).isEqualTo("mental-health");
            assertThat(c.involvements()).isEqualTo(1);
        });
        long consentId = consents.get(0).consentId();
        as(team, () -> { register.withdraw(NOTTS, cpId, consentId); return null; });
        assertThat(sensitiveServicesSeenBy(clinician)).isEmpty();
        assertThat(sensitiveServicesSeenBy(practitioner)).isEmpty();
        assertThat(as(team, () -> register.ofChild(NOTTS, cpId))).singleElement().satisfies(c -> {
            assertThat(c.isActive()).isFalse();
            assertThat(c.withdrawnBy()).isEqualTo(team);
        });
        assertThatThrownBy(() -> as(team, () -> { register.withdraw(NOTTS, cpId, consentId); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("consentId"));
    }

    @Test
    void anotherAuthoritysTeamCannotSeeOrChangeTheRegister() throws Exception {
        assertThatThrownBy(() -> as(otherTeam, () -> register.ofChild(NOTTS, cpId))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(otherTeam, () -> register.ofChild(CITY, cpId))).isInstanceOf(NoSuchChild.class);
        assertThatThrownBy(() -> as(practitioner, () -> register.ofChild(NOTTS, cpId))).isInstanceOf(NotPermittedException.class);
        assertThat(sensitiveServicesSeenBy(clinician)).hasSize(1);
        assertThat(as(otherTeam, () -> register.managedAuthorities())).containsExactly(CITY);
    }

    @Test
    void aCareLeaversConsentToStayUntil25IsRecordedWithWhoRecordedIt() throws Exception {
        assertThatThrownBy(() -> as(team, () -> { register.recordCareLeaverConsent(NOTTS, cpId, LocalDate.now().plusDays(1)); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("consentOn"));
        as(team, () -> { register.recordCareLeaverConsent(NOTTS, cpId, LocalDate.now()); return null; });
        String recordedBy = store.inTransaction(em -> em.createQuery("SELECT c FROM Child c WHERE c.cpId.value = :id", Child.class)
                .setParameter("id", cpId).getSingleResult().careLeaverExtension().orElseThrow().recordedBy());
        assertThat(recordedBy).isEqualTo(team);
    }
}
