package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.ViewLevel;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.shielding.api.RequestedGround;
import org.contactpoint.shielding.api.ShieldingCase;
import org.contactpoint.shielding.api.ShieldingDecisions;
import org.contactpoint.shielding.api.ShieldingRequests;
import org.contactpoint.shielding.control.ShieldingSpread;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.shielding.entity.ShieldingRequest;
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

/** The team's shielding decisions and their effect on what a practitioner sees, at once. */
@ExtendWith(ArquillianExtension.class)
class ShieldingDecisionsIT {

    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    ShieldingDecisions decisions;

    @EJB
    ShieldingRequests requests;

    @EJB
    ChildRecords records;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    private String practitioner;
    private String team;
    private String otherTeam;

    @BeforeEach
    void accounts() {
        String s = Integer.toString(RUN.incrementAndGet());
        store.inTransaction(em -> {
            practitioner = fixtures.account("sd.prac" + s, Role.PRACTITIONER, NOTTS, "NOTTS-YOT", null, false);
            team = fixtures.account("sd.team" + s, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false);
            otherTeam = fixtures.account("sd.city" + s, Role.LA_MANAGEMENT, CITY, "CITY-CP", null, false);
            return null;
        });
    }

    private <T> T as(String username, Callable<T> work) throws Exception {
        return callers.actingAs(username, work);
    }

    private void as(String username, Runnable work) throws Exception {
        callers.actingAs(username, () -> {
            work.run();
            return null;
        });
    }

    /** A child with a full record, shielded provisionally by a practitioner's request; returns its ContactPoint ID. */
    private String requested() throws Exception {
        String cpId = store.inTransaction(em -> fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(),
                LocalDate.now().minusYears(7), false, false).cpId().value());
        as(practitioner, () -> requests.request(cpId, RequestedGround.RISK_OF_SIGNIFICANT_HARM, "Fled violence", false));
        return cpId;
    }

    private long requestOf(String cpId) throws Exception {
        return as(team, () -> decisions.open(NOTTS)).stream().filter(c -> c.contactPointId().equals(cpId))
                .mapToLong(ShieldingCase::requestId).findFirst().orElseThrow();
    }

    private ViewLevel practitionerSees(String cpId) throws Exception {
        return as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, null)).level();
    }

    @Test
    void theTeamSeesItsQueueOldestFirstWithTheRestrictedJustification() throws Exception {
        String first = requested();
        String second = requested();
        var open = as(team, () -> decisions.open(NOTTS));
        assertThat(open).extracting(ShieldingCase::contactPointId).containsSubsequence(first, second);
        assertThat(open).filteredOn(c -> c.contactPointId().equals(first)).singleElement().satisfies(c -> {
            assertThat(c.justification()).isEqualTo("Fled violence");
            assertThat(c.requestedBy()).isEqualTo(practitioner);
            assertThat(c.daysWaiting()).isZero();
        });
        assertThat(as(team, () -> decisions.decidedAuthorities())).containsExactly(NOTTS);
    }

    /**
     * A sister's shielding request shields her brother, who lives with her, at once, with a request of his own the
     * team decides; a neighbour at the same postcode but another house is left alone. His record would otherwise show
     * where she lives.
     */
    @Test
    void aRequestShieldsTheOtherChildrenAtHomeEachWithARequestOfItsOwn() throws Exception {
        String family = PortalFixtures.uniqueFamilyName();
        LocalDate born = LocalDate.now().minusYears(9);
        Address home = new Address("7 " + family + " Row", null, "West Bridgford", "NG2 7QP");
        String sister = store.inTransaction(em -> fixtures.childAt("Olivia", family, born, false, false, home)).cpId().value();
        String brother = store.inTransaction(em -> fixtures.childAt("Noah", family, born.minusYears(2), false, false,
                new Address("7 " + family.toUpperCase() + " ROW", null, "West Bridgford", "NG2 7QP"))).cpId().value();
        String neighbour = store.inTransaction(em -> fixtures.childAt("Ava", PortalFixtures.uniqueFamilyName(), born, false,
                false, new Address("9 " + family + " Row", null, "West Bridgford", "NG2 7QP"))).cpId().value();

        as(practitioner, () -> requests.request(sister, RequestedGround.RISK_OF_SIGNIFICANT_HARM, "Fled violence", false));

        assertThat(practitionerSees(sister)).isEqualTo(ViewLevel.SHIELDED);
        assertThat(practitionerSees(brother)).as("living with her").isEqualTo(ViewLevel.SHIELDED);
        assertThat(practitionerSees(neighbour)).as("another house").isNotEqualTo(ViewLevel.SHIELDED);
        ShieldingCase his = as(team, () -> decisions.open(NOTTS)).stream().filter(c -> c.contactPointId().equals(brother))
                .findFirst().orElseThrow();
        assertThat(his.ground()).isEqualTo("RISK_OF_SIGNIFICANT_HARM");
        assertThat(his.requestedBy()).isEqualTo(practitioner);
        assertThat(his.justification()).contains(sister).doesNotContain("Fled violence");
        List<AuditEvent> audited = store.inTransaction(em -> em.createQuery("SELECT e FROM AuditEvent e WHERE e.action = :action "
                + "AND e.targetCpId = :child AND e.actor = :actor", AuditEvent.class).setParameter("action",
                ShieldingSpread.Reason.HOUSEHOLD.action).setParameter("child", brother).setParameter("actor", practitioner)
                .getResultList());
        assertThat(audited).as("his shielding, audited").hasSize(1);
        assertThat(audited.get(0).parameters().orElse("")).as("the audit trail never says where they live")
                .doesNotContainIgnoringCase(family).doesNotContain("NG2").doesNotContain("West Bridgford");

        as(team, () -> decisions.reject(NOTTS, his.requestId(), "Lives with his father; she visits at weekends"));

        assertThat(practitionerSees(brother)).isNotEqualTo(ViewLevel.SHIELDED);
        assertThat(practitionerSees(sister)).isEqualTo(ViewLevel.SHIELDED);
    }

    @Test
    void anotherAuthoritysTeamNeitherSeesNorDecides() throws Exception {
        String cpId = requested();
        long id = requestOf(cpId);
        assertThatThrownBy(() -> as(otherTeam, () -> decisions.open(NOTTS))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(otherTeam, () -> decisions.reject(CITY, id, "not ours")))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("requestId"));
        assertThatThrownBy(() -> as(practitioner, () -> decisions.approve(NOTTS, id, null))).isInstanceOf(NotPermittedException.class);
        assertThat(practitionerSees(cpId)).isEqualTo(ViewLevel.SHIELDED);
    }

    @Test
    void rejectionNeedsAReasonAndLiftsTheProvisionalShieldAtOnce() throws Exception {
        String cpId = requested();
        long id = requestOf(cpId);
        assertThatThrownBy(() -> as(team, () -> decisions.reject(NOTTS, id, " ")))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));
        assertThat(practitionerSees(cpId)).isEqualTo(ViewLevel.SHIELDED);
        as(team, () -> decisions.reject(NOTTS, id, "No risk found after checks with social care"));
        assertThat(practitionerSees(cpId)).isNotEqualTo(ViewLevel.SHIELDED);
        assertThat(as(team, () -> decisions.open(NOTTS))).extracting(ShieldingCase::contactPointId).doesNotContain(cpId);
    }

    @Test
    void approvalKeepsTheShieldUntilAnOverdueReviewUnshieldsIt() throws Exception {
        String cpId = requested();
        long id = requestOf(cpId);
        as(team, () -> decisions.askForMoreInformation(NOTTS, id, "Which placement is at risk?"));
        assertThat(practitionerSees(cpId)).isEqualTo(ViewLevel.SHIELDED);
        assertThatThrownBy(() -> as(team, () -> decisions.approve(NOTTS, id, LocalDate.now())))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reviewOn"));
        as(team, () -> decisions.approve(NOTTS, id, null));
        assertThat(practitionerSees(cpId)).isEqualTo(ViewLevel.SHIELDED);
        assertThatThrownBy(() -> as(team, () -> decisions.approve(NOTTS, id, null)))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("requestId"));
        assertThat(as(team, () -> decisions.overdueReviews(NOTTS))).extracting(ShieldingCase::contactPointId).doesNotContain(cpId);

        store.inTransaction(em -> em.createNativeQuery("UPDATE shielding_decision SET review_on = ? WHERE request_id = ? AND kind = 'APPROVE'")
                .setParameter(1, LocalDate.now().minusDays(3)).setParameter(2, id).executeUpdate());
        assertThat(as(team, () -> decisions.overdueReviews(NOTTS))).extracting(ShieldingCase::contactPointId).contains(cpId);
        assertThatThrownBy(() -> as(team, () -> decisions.unshield(NOTTS, id, null))).isInstanceOf(RequestProblem.class);
        as(team, () -> decisions.unshield(NOTTS, id, "Family moved away from the risk; reviewed with police"));
        assertThat(practitionerSees(cpId)).isNotEqualTo(ViewLevel.SHIELDED);
    }

    @Test
    void rejectingALaterRequestNeverLiftsAnApprovedShield() throws Exception {
        String cpId = requested();
        long first = requestOf(cpId);
        as(team, () -> decisions.approve(NOTTS, first, null));
        as(practitioner, () -> requests.request(cpId, RequestedGround.RISK_TO_ADOPTION_PLACEMENT, "Also adoption", false));
        long later = requestOf(cpId);
        as(team, () -> decisions.reject(NOTTS, later, "Covered by the approved shield"));
        assertThat(practitionerSees(cpId)).isEqualTo(ViewLevel.SHIELDED);
        long requests = store.inTransaction(em -> em.createQuery("SELECT COUNT(r) FROM ShieldingRequest r WHERE r.child.cpId.value = :id", Long.class)
                .setParameter("id", cpId).getSingleResult());
        assertThat(requests).isEqualTo(2);
        int decided = store.inTransaction(em -> em.find(ShieldingRequest.class, later).decisions().size());
        assertThat(decided).isEqualTo(1);
    }
}
