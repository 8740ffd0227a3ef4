package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.control.AuditFollowing;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.dashboard.api.ActivityChart;
import org.contactpoint.dashboard.api.AuthorityFigures;
import org.contactpoint.dashboard.api.Dashboard;
import org.contactpoint.dashboard.control.ChildCounting;
import org.contactpoint.misuse.api.AlertView;
import org.contactpoint.misuse.api.MisuseAlerts;
import org.contactpoint.misuse.api.Thresholds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.CITY;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * Misuse rules over the real audit stream (events made by real calls, then the stream followed): alerts reach the
 * child's team, once however often the stream is read; the team acknowledges or escalates with a note; thresholds
 * per authority; the dashboard's figures and activity; nothing that locates a shielded child in any of it.
 */
@ExtendWith(ArquillianExtension.class)
class MisuseAlertsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    MisuseAlerts alerts;

    @EJB
    Dashboard dashboard;

    @EJB
    ChildRecords records;

    @EJB
    TestStore store;

    @EJB
    AuditFollowing following;

    @Inject
    PortalFixtures fixtures;

    @EJB
    ChildCounting counting;

    @Inject
    Callers callers;

    private String team;
    private String cityTeam;
    private String cityPractitioner;
    private String shieldedId;

    @BeforeEach
    void people() {
        long n = System.nanoTime() % 1_000_000;
        team = store.inTransaction(em -> fixtures.account("ma.team" + n, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false));
        cityTeam = store.inTransaction(em -> fixtures.account("ma.cteam" + n, Role.LA_MANAGEMENT, CITY, "NOTTM-CP", null, false));
        cityPractitioner = store.inTransaction(em -> fixtures.account("ma.city" + n, Role.PRACTITIONER, CITY, "NOTTM-CSC", null, false));
        shieldedId = store.inTransaction(em -> fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(),
                LocalDate.now().minusYears(7), true, false)).cpId().value();
    }

    private List<AlertView> openFor(String user, String authority) throws Exception {
        return callers.actingAs(user, () -> alerts.open(authority));
    }

    @Test
    void anotherAuthoritysUserViewingAShieldedChildAlertsTheChildsTeamOnce() throws Exception {
        callers.actingAs(cityPractitioner, () -> records.open(shieldedId, ViewReason.PROVIDING_A_SERVICE, null));
        following.catchUp();
        following.catchUp();

        List<AlertView> mine = openFor(team, NOTTS).stream().filter(a -> a.actor().equals(cityPractitioner)).toList();

        assertThat(mine).extracting(AlertView::rule).containsExactlyInAnyOrder("SHIELDED_VIEW", "OUTSIDE_AUTHORITY");
        for (AlertView alert : mine) {
            for (String locating : LOCATING) {
                assertThat(alert.toString()).as("an alert about a shielded child").doesNotContain(locating);
            }
        }
        assertThatThrownBy(() -> openFor(cityTeam, NOTTS)).isInstanceOf(NotPermittedException.class);
        assertThat(openFor(cityTeam, CITY)).noneMatch(a -> a.detail().contains(shieldedId));
    }

    @Test
    void theTeamAcknowledgesOrEscalatesWithANoteAndOnlyOnce() throws Exception {
        callers.actingAs(cityPractitioner, () -> records.open(shieldedId, ViewReason.PROVIDING_A_SERVICE, null));
        following.catchUp();
        List<AlertView> mine = openFor(team, NOTTS).stream().filter(a -> a.actor().equals(cityPractitioner)).toList();
        long first = mine.get(0).id();
        long second = mine.get(1).id();

        assertThatThrownBy(() -> callers.actingAs(team, () -> { alerts.acknowledge(NOTTS, first, " "); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("note"));
        assertThatThrownBy(() -> callers.actingAs(cityTeam, () -> { alerts.acknowledge(CITY, first, "not ours"); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("alertId"));
        callers.actingAs(team, () -> { alerts.acknowledge(NOTTS, first, "Checked with the practitioner's manager: a referral."); return null; });
        callers.actingAs(team, () -> { alerts.escalate(NOTTS, second, "Passed to the information governance lead."); return null; });
        assertThatThrownBy(() -> callers.actingAs(team, () -> { alerts.escalate(NOTTS, first, "again"); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.getMessage()).contains("handled already"));

        assertThat(openFor(team, NOTTS)).extracting(AlertView::id).doesNotContain(first, second);
        List<AlertView> handled = callers.actingAs(team, () -> alerts.recentlyHandled(NOTTS));
        assertThat(handled).filteredOn(a -> a.id() == first).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("ACKNOWLEDGED"))
                .satisfies(a -> assertThat(a.handledBy()).isEqualTo(team));
        assertThat(handled).filteredOn(a -> a.id() == second).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("ESCALATED"));
    }

    @Test
    void anAuthoritysOwnThresholdRaisesHeavyViewingAndBadThresholdsAreRefused() throws Exception {
        String practitioner = store.inTransaction(em -> fixtures.account("ma.heavy" + System.nanoTime() % 1_000_000,
                Role.PRACTITIONER, NOTTS, "NOTTS-CSC", null, false));
        Thresholds before = callers.actingAs(team, () -> alerts.thresholds(NOTTS));
        assertThatThrownBy(() -> callers.actingAs(team, () -> { alerts.changeThresholds(NOTTS, new Thresholds(0, 40, 10, 7, 19, 90)); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("viewsPerHour"));
        assertThatThrownBy(() -> callers.actingAs(team, () -> { alerts.changeThresholds(NOTTS, new Thresholds(50, 40, 10, 19, 7, 90)); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("workEndHour"));
        assertThat(callers.actingAs(team, () -> alerts.thresholds(NOTTS))).isEqualTo(before);
        try {
            callers.actingAs(team, () -> { alerts.changeThresholds(NOTTS, new Thresholds(2, 40, 10, 0, 24, 90)); return null; });
            String open = store.inTransaction(em -> fixtures.child("Amelia", PortalFixtures.uniqueFamilyName(),
                    LocalDate.now().minusYears(6), false, false)).cpId().value();
            for (int i = 0; i < 3; i++) {
                callers.actingAs(practitioner, () -> records.open(open, ViewReason.PROVIDING_A_SERVICE, null));
            }
            following.catchUp();

            assertThat(openFor(team, NOTTS)).filteredOn(a -> a.actor().equals(practitioner)).extracting(AlertView::rule)
                    .contains("HEAVY_VIEWING").doesNotContain("SHIELDED_VIEW", "OUTSIDE_AUTHORITY");
        } finally {
            callers.actingAs(team, () -> { alerts.changeThresholds(NOTTS, before); return null; });
        }
    }

    @Test
    void theDashboardsChildrenAreAsLastCountedWithTheTimeOfTheCount() throws Exception {
        counting.recount();
        AuthorityFigures before = nottsFigures();
        store.inTransaction(em -> fixtures.child("Freya", PortalFixtures.uniqueFamilyName(), LocalDate.now().minusYears(5),
                true, false));

        AuthorityFigures notYetCounted = nottsFigures();
        counting.recount();
        AuthorityFigures counted = nottsFigures();

        assertThat(notYetCounted.children()).isEqualTo(before.children());
        assertThat(notYetCounted.childrenCountedAt()).isEqualTo(before.childrenCountedAt());
        assertThat(counted.children()).isEqualTo(before.children() + 1);
        assertThat(counted.shielded()).isEqualTo(before.shielded() + 1);
        assertThat(counted.childrenCountedAt()).isAfterOrEqualTo(before.childrenCountedAt());
    }

    private AuthorityFigures nottsFigures() throws Exception {
        return callers.actingAs(team, () -> dashboard.figures()).get(0);
    }

    @Test
    void theDashboardCountsTheTeamsAuthorityAndItsActivity() throws Exception {
        callers.actingAs(cityPractitioner, () -> records.open(shieldedId, ViewReason.PROVIDING_A_SERVICE, null));
        following.catchUp();
        counting.recount();

        List<AuthorityFigures> figures = callers.actingAs(team, () -> dashboard.figures());
        ActivityChart cityActivity = callers.actingAs(cityTeam, () -> dashboard.activity(CITY, 7));

        assertThat(figures).extracting(AuthorityFigures::authority).containsExactly(NOTTS);
        AuthorityFigures notts = figures.get(0);
        assertThat(notts.children()).isGreaterThanOrEqualTo(1);
        assertThat(notts.shielded()).isGreaterThanOrEqualTo(1);
        assertThat(notts.openAlerts()).isGreaterThanOrEqualTo(2);
        assertThat(cityActivity.days()).hasSize(7).last().isEqualTo(LocalDate.now(org.contactpoint.audit.control.ActivityRollup.ENGLAND));
        assertThat(cityActivity.views().get(6)).as("the city practitioner's view today").isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> callers.actingAs(team, () -> dashboard.activity(CITY, 7))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> callers.actingAs(team, () -> dashboard.activity(NOTTS, 0)))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("days"));
    }
}
