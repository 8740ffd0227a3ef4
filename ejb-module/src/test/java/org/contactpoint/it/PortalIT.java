package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.NoSuchChild;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewLevel;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.child.entity.Child;
import org.contactpoint.involvement.api.InvolvementForm;
import org.contactpoint.involvement.api.Involvements;
import org.contactpoint.search.api.ChildSearch;
import org.contactpoint.search.api.ChildSummary;
import org.contactpoint.search.api.SearchCriteria;
import org.contactpoint.search.api.SearchResults;
import org.contactpoint.shielding.api.RequestedGround;
import org.contactpoint.shielding.api.ShieldingRequests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/** Search, record view, involvements and shielding requests through the real facades, with their audit events. */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final LocalDate DOB = LocalDate.now().minusYears(9).withMonth(3).withDayOfMonth(7);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    ChildSearch search;

    @EJB
    ChildRecords records;

    @EJB
    Involvements involvements;

    @EJB
    ShieldingRequests shielding;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    private String practitioner;
    private String auditor;
    private String family;

    @BeforeEach
    void data() {
        String s = Integer.toString(RUN.incrementAndGet());
        family = PortalFixtures.uniqueFamilyName();
        store.inTransaction(em -> {
            practitioner = fixtures.account("pp.prac" + s, Role.PRACTITIONER, NOTTS, "NOTTS-YOT", null, false);
            auditor = fixtures.account("pp.audit" + s, Role.AUDITOR, NOTTS, "NOTTS-AUDIT", null, false);
            return null;
        });
    }

    private <T> T as(String username, java.util.concurrent.Callable<T> work) throws Exception {
        return callers.actingAs(username, work);
    }

    private String child(String given, boolean shielded) {
        return store.inTransaction(em -> fixtures.child(given, family, DOB, shielded, true).cpId().value());
    }

    private List<AuditEvent> events(String actor, String action) {
        return store.inTransaction(em -> em.createQuery("SELECT e FROM AuditEvent e WHERE e.actor = :a AND e.action = :x "
                + "ORDER BY e.sequence", AuditEvent.class).setParameter("a", actor).setParameter("x", action).getResultList());
    }

    private static InvolvementForm form(String type, boolean consent, boolean harm) {
        return new InvolvementForm(type, "Notts Youth Offending Team", "Sam Carter", "0115 900 2222", null,
                LocalDate.now().minusDays(2), true, false, consent ? "young-person" : null, consent ? "Olivia" : null,
                consent ? LocalDate.now().minusDays(2) : null, harm);
    }

    @Test
    void misspeltFamilyNameAndNicknameFindTheChildAndTheSearchIsAuditedWithTheIdsReturned() throws Exception {
        String olivia = child("Olivia", false);
        String twin = child("Amelia", false);
        String misspelt = family.substring(0, family.length() - 1) + (family.endsWith("e") ? "a" : "e");
        SearchResults results = as(practitioner, () -> search.find(SearchCriteria.byName(misspelt, "Liv", DOB)));
        assertThat(results.children()).extracting(ChildSummary::contactPointId).contains(olivia, twin);
        assertThat(results.children().get(0).contactPointId()).isEqualTo(olivia);
        assertThat(results.children().get(0).town()).isEqualTo("West Bridgford");
        assertThat(events(practitioner, "child.search")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(e.parameters()).hasValueSatisfying(p -> assertThat(p).contains(misspelt, olivia, twin));
        });
    }

    @Test
    void aFamilyNameMisspeltInItsFirstLettersIsFoundByTheDateAndTheGivenName() throws Exception {
        String olivia = child("Olivia", false);
        String misspelt = family.charAt(0) + family.substring(2); // "Qabcdefg" → "Qbcdefg": no key in common
        SearchResults results = as(practitioner, () -> search.find(SearchCriteria.byName(misspelt, "Olivia", DOB)));
        assertThat(results.children()).extracting(ChildSummary::contactPointId).contains(olivia);
    }

    @Test
    void swappedDateOfBirthStillFindsTheChild() throws Exception {
        String olivia = child("Olivia", false);
        LocalDate swapped = LocalDate.of(DOB.getYear(), DOB.getDayOfMonth(), DOB.getMonthValue());
        SearchResults results = as(practitioner, () -> search.find(SearchCriteria.byName(family, "Olivia", swapped)));
        assertThat(results.children()).extracting(ChildSummary::contactPointId).containsExactly(olivia);
    }

    @Test
    void aDateOfBirthWithOnePartWrongStillFindsTheChildButNotWithTwo() throws Exception {
        String olivia = child("Olivia", false);
        for (LocalDate onePartWrong : List.of(DOB.plusYears(1), DOB.minusYears(1), DOB.withDayOfMonth(DOB.getDayOfMonth() == 1 ? 28 : 1),
                DOB.withMonth(DOB.getMonthValue() == 12 ? 1 : 12))) {
            SearchResults results = as(practitioner, () -> search.find(SearchCriteria.byName(family, "Olivia", onePartWrong)));
            assertThat(results.children()).as("searched with " + onePartWrong).extracting(ChildSummary::contactPointId)
                    .containsExactly(olivia);
        }
        LocalDate twoPartsWrong = DOB.plusYears(1).withMonth(DOB.getMonthValue() == 12 ? 1 : 12);
        assertThat(as(practitioner, () -> search.find(SearchCriteria.byName(family, "Olivia", twoPartsWrong))).children()).isEmpty();
    }

    /**
     * Without a date, a search reads the family name's sound from one index and adds what its spelling, its alternate
     * sound and its NYSIIS key find beyond it (ChildFinder): each way finds its child, once.
     */
    @Test
    void aYearOfBirthOrAnAgeRangeFindsTheChildByItsSoundItsAlternateSoundAndItsNysiisKey() throws Exception {
        LocalDate born = LocalDate.now().minusYears(21).withMonth(3).withDayOfMonth(14);
        java.util.function.Function<String, String> child = name -> store.inTransaction(em ->
                fixtures.child("Olivia", name, born, false, false).cpId().value());
        String smith = child.apply("Smith");
        String smyth = child.apply("Smyth");     // the same sound: SM0
        String schmidt = child.apply("Schmidt"); // sounds XMT, SMT: Smith's alternate sound is XMT
        String snith = child.apply("Snith");     // a sound of its own (SN0), Smith's NYSIIS key (SNAT)
        String older = store.inTransaction(em -> fixtures.child("Olivia", "Smith", born.minusYears(2), false, false).cpId().value());

        SearchCriteria byYear = new SearchCriteria("Smith", null, null, born.getYear(), null, null, "female", null, null,
                null, null, null);
        List<String> found = as(practitioner, () -> search.find(byYear)).children().stream().map(ChildSummary::contactPointId).toList();
        assertThat(found).contains(smith, smyth, schmidt, snith).doesNotContain(older).doesNotHaveDuplicates();

        int age = born.until(LocalDate.now()).getYears();
        SearchCriteria byAge = new SearchCriteria("Schmidt", null, null, null, age - 1, age + 1, "female", null, null, null,
                null, null);
        found = as(practitioner, () -> search.find(byAge)).children().stream().map(ChildSummary::contactPointId).toList();
        assertThat(found).as("Smith and Smyth by their alternate sound").contains(schmidt, smith, smyth)
                .doesNotContain(snith, older).doesNotHaveDuplicates();
    }

    @Test
    void aShieldedChildsSummaryHasNoTownAndCarriesTheBadge() throws Exception {
        String cpId = child("Olivia", true);
        SearchResults results = as(practitioner, () -> search.find(SearchCriteria.byName(family, "Olivia", DOB)));
        assertThat(results.children()).singleElement().satisfies(s -> {
            assertThat(s.contactPointId()).isEqualTo(cpId);
            assertThat(s.town()).isNull();
            assertThat(s.isShielded()).isTrue();
            assertThat(s.toString()).doesNotContain(LOCATING);
        });
        SearchResults byId = as(practitioner, () -> search.find(SearchCriteria.byContactPointId(cpId)));
        assertThat(byId.children()).singleElement().satisfies(s -> assertThat(s.town()).isNull());
    }

    @Test
    void tooLittleToIdentifyAChildIsRefusedNamingWhatToAddAndIsStillAudited() throws Exception {
        assertThatThrownBy(() -> as(practitioner, () -> search.find(new SearchCriteria(family, null, null, null, null, null,
                null, null, null, null, null, null))))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("dateOfBirth"));
        assertThat(events(practitioner, "child.search")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.FAILED));
    }

    @Test
    void anAuditorMayNotSearchAndTheDenialIsAudited() {
        assertThatThrownBy(() -> as(auditor, () -> search.find(SearchCriteria.byName(family, "Olivia", DOB))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(events(auditor, "child.search")).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
    }

    @Test
    void openingARecordNeedsAReasonWhichIsAudited() throws Exception {
        String cpId = child("Olivia", false);
        assertThatThrownBy(() -> as(practitioner, () -> records.open(cpId, null, null)))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, "x".repeat(201))))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reasonDetail"));
        as(practitioner, () -> records.open(cpId, ViewReason.SAFEGUARDING_CONCERN, "Referral from school"));
        List<AuditEvent> views = events(practitioner, "child.view");
        assertThat(views).hasSize(3);
        assertThat(views.get(2).targetCpId()).contains(cpId);
        assertThat(views.get(2).parameters()).hasValueSatisfying(p -> assertThat(p).contains("SAFEGUARDING_CONCERN", "Referral from school"));
    }

    @Test
    void archivedAndUnknownRecordsAreTheSameNoSuchChild() throws Exception {
        String cpId = child("Olivia", false);
        store.inTransaction(em -> {
            em.createQuery("SELECT c FROM Child c WHERE c.cpId.value = :id", Child.class).setParameter("id", cpId)
                    .getSingleResult().archive(LocalDate.now());
            return null;
        });
        assertThatThrownBy(() -> as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, null))).isInstanceOf(NoSuchChild.class);
        assertThat(as(practitioner, () -> search.find(SearchCriteria.byName(family, "Olivia", DOB))).children()).isEmpty();
        assertThatThrownBy(() -> as(practitioner, () -> records.open("1000000010", ViewReason.ASSESSMENT, null)))
                .isInstanceOf(RequestProblem.class);
    }

    @Test
    void aSensitiveInvolvementNeedsConsentOrAHarmDeclarationAndNothingIsSavedWithout() throws Exception {
        String cpId = child("Olivia", false);
        long before = count("Involvement");
        long consentsBefore = count("Consent");
        assertThatThrownBy(() -> as(practitioner, () -> involvements.record(cpId, form("mental-health", false, false))))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("consentGivenBy"));
        assertThat(count("Involvement")).isEqualTo(before);
        assertThat(count("Consent")).isEqualTo(consentsBefore);
        as(practitioner, () -> involvements.record(cpId, form("mental-health", true, false)));
        as(practitioner, () -> involvements.record(cpId, form("substance-misuse", false, true)));
        assertThat(count("Involvement")).isEqualTo(before + 2);
    }

    @Test
    void anInvolvementIsRecordedUpdatedAndEndedOnlyByItsOwnOrganisation() throws Exception {
        String cpId = child("Olivia", false);
        long id = as(practitioner, () -> involvements.record(cpId, form("youth-offending", false, false)));
        RecordView view = as(practitioner, () -> records.open(cpId, ViewReason.PROVIDING_A_SERVICE, null));
        RecordView.ServiceView mine = view.services().stream().filter(s -> s.involvementId() != null && s.involvementId() == id)
                .findFirst().orElseThrow();
        assertThat(mine.editable()).isTrue();
        assertThat(mine.leadProfessional()).isTrue();
        long socialCare = view.services().stream().filter(s -> "social-care".equals(s.serviceType())).findFirst().orElseThrow().involvementId();
        assertThatThrownBy(() -> as(practitioner, () -> { involvements.end(cpId, socialCare, LocalDate.now()); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("involvementId"));
        InvolvementForm changed = new InvolvementForm("youth-offending", "Notts Youth Offending Team", "Sam Carter-Jones",
                "0115 900 3333", null, LocalDate.now().minusDays(2), true, true, null, null, null, false);
        as(practitioner, () -> { involvements.update(cpId, id, mine.version(), changed); return null; });
        assertThatThrownBy(() -> as(practitioner, () -> { involvements.update(cpId, id, mine.version(), form("youth-offending", false, false)); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("version"));
        as(practitioner, () -> { involvements.end(cpId, id, LocalDate.now()); return null; });
        RecordView after = as(practitioner, () -> records.open(cpId, ViewReason.PROVIDING_A_SERVICE, null));
        assertThat(after.services()).filteredOn(s -> s.involvementId() != null && s.involvementId() == id)
                .singleElement().satisfies(s -> {
                    assertThat(s.to()).isEqualTo(LocalDate.now());
                    assertThat(s.practitionerName()).isEqualTo("Sam Carter-Jones");
                    assertThat(s.assessmentCompleted()).isTrue();
                    assertThat(s.editable()).isFalse();
                });
    }

    @Test
    void aShieldingRequestShieldsTheRecordAtOnceAndObjectionInPrincipleIsRefused() throws Exception {
        String cpId = child("Olivia", false);
        assertThatThrownBy(() -> as(practitioner, () -> { shielding.request(cpId, RequestedGround.OBJECTS_IN_PRINCIPLE, "They object", false); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.getMessage()).contains("objects to ContactPoint in principle"));
        assertThat(as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, null)).level()).isNotEqualTo(ViewLevel.SHIELDED);
        as(practitioner, () -> { shielding.request(cpId, RequestedGround.RISK_OF_SIGNIFICANT_HARM, "Fled domestic abuse at 12 Mill Lane", false); return null; });
        RecordView view = as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, null));
        assertThat(view.level()).isEqualTo(ViewLevel.SHIELDED);
        assertThat(view.toString()).doesNotContain(LOCATING);
        assertThat(events(practitioner, "shielding.request")).last()
                .satisfies(e -> assertThat(e.parameters()).hasValueSatisfying(p -> assertThat(p).doesNotContain("Mill Lane", "abuse")));
        assertThatThrownBy(() -> as(practitioner, () -> { shielding.request(cpId, RequestedGround.RISK_OF_SIGNIFICANT_HARM, "again", false); return null; }))
                .isInstanceOf(RequestProblem.class);
    }

    @Test
    void onlyTheChildsTeamRecordsAParentsRequest() throws Exception {
        String cpId = child("Olivia", false);
        String team = store.inTransaction(em -> fixtures.account("pp.team" + RUN.incrementAndGet(), Role.LA_MANAGEMENT, NOTTS,
                "NOTTS-CP", null, false));
        assertThatThrownBy(() -> as(practitioner, () -> { shielding.request(cpId, RequestedGround.RISK_TO_ADOPTION_PLACEMENT, "Adopted", true); return null; }))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("onBehalfOfParent"));
        assertThat(as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, null)).level()).isNotEqualTo(ViewLevel.SHIELDED);
        as(team, () -> { shielding.request(cpId, RequestedGround.RISK_TO_ADOPTION_PLACEMENT, "Adoption placement", true); return null; });
        assertThat(as(practitioner, () -> records.open(cpId, ViewReason.ASSESSMENT, null)).level()).isEqualTo(ViewLevel.SHIELDED);
        boolean recordedAsParents = store.inTransaction(em -> em.createQuery("SELECT r FROM ShieldingRequest r WHERE r.child.cpId.value = :id",
                org.contactpoint.shielding.entity.ShieldingRequest.class).setParameter("id", cpId).getSingleResult().isOnBehalfOfParent());
        assertThat(recordedAsParents).isTrue();
    }

    private long count(String entity) {
        return store.inTransaction(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
    }
}
