package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.control.FeedLineParser;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.matching.api.MatchReviews;
import org.contactpoint.matching.api.ReviewComparison;
import org.contactpoint.matching.api.ReviewQueue;
import org.contactpoint.matching.api.ReviewSummary;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.shielding.control.ShieldingSpread;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.CITY;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The review queue and merges: a feed record in doubt is reviewed by the held child's team; "same person" merges it
 * (its sources and contacts move to the held child, its ID resolves there), an unmerge restores both as they were
 * and remembers them as different people; "different people" is never proposed again. Other teams see nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MatchReviewsIT {

    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    MatchReviews reviews;

    @EJB
    FeedChunk chunks;

    @EJB
    ChildRecords records;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    private String team;
    private String otherTeam;
    private String practitioner;
    private String national;

    @BeforeEach
    void accounts() {
        String s = Integer.toString(RUN.incrementAndGet());
        store.inTransaction(em -> {
            team = fixtures.account("mr.team" + s, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false);
            otherTeam = fixtures.account("mr.city" + s, Role.LA_MANAGEMENT, CITY, "CITY-CP", null, false);
            practitioner = fixtures.account("mr.prac" + s, Role.PRACTITIONER, NOTTS, "NOTTS-YOT", null, false);
            national = fixtures.account("mr.nat" + s, Role.NATIONAL_ADMIN, null, "NATIONAL", null, false);
            return null;
        });
    }

    private <T> T as(String username, Callable<T> work) throws Exception {
        return callers.actingAs(username, work);
    }

    /** A held Notts child and a record in doubt about it (a day of birth off, another town, a parent and a service). */
    private record Pair(String key, long reviewId, Child held, Child incoming) {
    }

    private Pair pairInReview(boolean shieldHeld) throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String key = "MR" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        LocalDate off = p.dob().getDayOfMonth() < 28 ? p.dob().plusDays(1) : p.dob().minusDays(1);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, p.family(), p.dob(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        Child held = store.childOf(key + "a");
        if (shieldHeld) {
            store.inTransaction(em -> {
                em.find(Child.class, held.id()).shield();
                return null;
            });
        }
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, p.family(), off, "LS6 2AA"))))
                .containsExactly(RecordOutcome.REVIEW);
        Child incoming = store.childOf(key + "b");
        long reviewId = store.inTransaction(em -> em.createQuery("SELECT r.id FROM MatchReview r WHERE r.child.id = :id",
                Long.class).setParameter("id", incoming.id()).getSingleResult());
        return new Pair(key, reviewId, held, incoming);
    }

    private org.contactpoint.feed.api.FeedRecord record(String source, String id, int version, String family, LocalDate dob,
                                                         String postcode) throws Exception {
        return record(source, id, version, "Rosalind", family, dob, postcode);
    }

    private org.contactpoint.feed.api.FeedRecord record(String source, String id, int version, String given, String family,
                                                         LocalDate dob, String postcode) throws Exception {
        return record(source, id, version, given, family, dob, postcode, "");
    }

    /** @param more further fields, each starting with a comma */
    private org.contactpoint.feed.api.FeedRecord record(String source, String id, int version, String given, String family,
                                                         LocalDate dob, String postcode, String more) throws Exception {
        String line = """
                {"sourceSystem":"%s","sourceRecordId":"%s","recordVersion":%d,"givenNames":"%s","familyName":"%s",\
                "dateOfBirth":"%s","gender":"female","address":{"line1":"12 %s Mill Lane","town":"West Bridgford","postcode":"%s"},\
                "parentsCarers":[{"name":"Emma %s","relationship":"mother","parentalResponsibility":true,"phone":"0115 496 0000"}],\
                "involvements":[{"serviceType":"youth-offending","serviceName":"%s YOT","from":"2024-01-10"}]%s}"""
                .formatted(source, id, version, given, family, dob, family, postcode, family, source, more);
        return new FeedLineParser(validator).parse(line, 1).record();
    }

    private static String school(String urn, String from) {
        return ",\"setting\":{\"urn\":\"%s\",\"name\":\"School %s\",\"from\":\"%s\"}".formatted(urn, urn, from);
    }

    /** The URN of the child's current school and the code of its current GP practice (null for none). */
    private List<String> schoolAndGp(Child c) {
        return store.inTransaction(em -> {
            Child child = em.find(Child.class, c.id());
            return java.util.Arrays.asList(child.currentSetting().map(s -> s.setting().urn()).orElse(null),
                    child.currentGpRegistration().map(r -> r.practice().code()).orElse(null));
        });
    }

    private Child reload(Child c) {
        return store.inTransaction(em -> em.find(Child.class, c.id()));
    }

    private long rows(String table, Child c) {
        return store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE child_id = ?1")
                .setParameter(1, c.id()).getSingleResult()).longValue());
    }

    @Test
    void theHeldChildsTeamSeesTheReviewSideBySideAndNobodyElseDoes() throws Exception {
        Pair pair = pairInReview(false);
        List<ReviewSummary> queue = as(team, () -> reviews.pending(NOTTS, 0, 200)).reviews();
        assertThat(queue).anySatisfy(r -> {
            assertThat(r.reviewId()).isEqualTo(pair.reviewId());
            assertThat(r.incomingCpId()).isEqualTo(pair.incoming().cpId().value());
            assertThat(r.heldCpId()).isEqualTo(pair.held().cpId().value());
            assertThat(r.sourceSystem()).isEqualTo("LA-CSC");
        });
        ReviewComparison comparison = as(team, () -> reviews.compare(NOTTS, pair.reviewId()));
        assertThat(comparison.fields()).extracting(ReviewComparison.Field::label, ReviewComparison.Field::agreement)
                .contains(org.assertj.core.groups.Tuple.tuple("Given names", "EXACT"),
                        org.assertj.core.groups.Tuple.tuple("Family name", "EXACT"),
                        org.assertj.core.groups.Tuple.tuple("Date of birth", "ONE_PART_OFF"),
                        org.assertj.core.groups.Tuple.tuple("Postcode", "DIFFERENT"));
        // Provenance: what each record's source said, and when.
        assertThat(comparison.incomingSources()).singleElement().satisfies(said -> {
            assertThat(said.source()).isEqualTo("LA-CSC");
            assertThat(said.familyName()).isEqualTo(pair.incoming().familyName());
            assertThat(said.dateOfBirth()).isEqualTo(pair.incoming().dateOfBirth());
            assertThat(said.receivedAt()).isNotNull();
        });
        assertThat(comparison.heldSources()).extracting(ReviewComparison.Said::source).containsExactly("NHS-PDS");

        assertThat(as(otherTeam, () -> reviews.pending(CITY, 0, 200).reviews())).noneMatch(r -> r.reviewId() == pair.reviewId());
        assertThatThrownBy(() -> as(otherTeam, () -> reviews.pending(NOTTS, 0, 200).reviews())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(otherTeam, () -> reviews.compare(CITY, pair.reviewId())))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reviewId"));
        assertThatThrownBy(() -> as(practitioner, () -> reviews.pending(NOTTS, 0, 200).reviews())).isInstanceOf(NotPermittedException.class);
        assertThat(as(team, () -> reviews.reviewedAuthorities())).containsExactly(NOTTS);
        assertThat(as(national, () -> reviews.reviewedAuthorities())).startsWith("national").contains(NOTTS);
    }

    @Test
    void aQueueIsReadPageByPageOldestFirstWithHowManyWait() throws Exception {
        Pair first = pairInReview(false);
        Pair second = pairInReview(false);
        ReviewQueue fromFirst = as(team, () -> reviews.pending(NOTTS, first.reviewId() - 1, 1));
        assertThat(fromFirst.reviews()).extracting(ReviewSummary::reviewId).containsExactly(first.reviewId());
        assertThat(fromFirst.waiting()).isGreaterThanOrEqualTo(2);
        assertThat(as(team, () -> reviews.pending(NOTTS, first.reviewId(), 200)).reviews()).extracting(ReviewSummary::reviewId)
                .contains(second.reviewId()).doesNotContain(first.reviewId());
        for (int max : new int[]{0, 201}) {
            assertThatThrownBy(() -> as(team, () -> reviews.pending(NOTTS, 0, max)))
                    .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("max"));
        }
        as(team, () -> {
            reviews.decide(NOTTS, first.reviewId(), false);
            return null;
        });
        assertThat(as(team, () -> reviews.pending(NOTTS, 0, 1)).waiting()).isEqualTo(fromFirst.waiting() - 1);
    }

    @Test
    void aReviewOfNamesKeyedTheWrongWayRoundSaysSo() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String key = "MS" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, p.family(), p.dob(), "NG2 7QP")));
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, p.family(), "Rosalind", p.dob(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.REVIEW);
        long reviewId = store.inTransaction(em -> em.createQuery("SELECT r.id FROM MatchReview r WHERE r.child.id = :id",
                Long.class).setParameter("id", store.childOf(key + "b").id()).getSingleResult());
        ReviewComparison comparison = as(team, () -> reviews.compare(NOTTS, reviewId));
        assertThat(comparison.fields()).extracting(ReviewComparison.Field::label, ReviewComparison.Field::agreement)
                .contains(org.assertj.core.groups.Tuple.tuple("Given names", "EXACT (given and family names the other way round)"),
                        org.assertj.core.groups.Tuple.tuple("Family name", "EXACT (given and family names the other way round)"),
                        org.assertj.core.groups.Tuple.tuple("Date of birth", "EXACT"));
    }

    @Test
    void samePersonMergesAndUnmergeRestoresBothAndRemembersThemAsDifferent() throws Exception {
        Pair pair = pairInReview(false);
        long heldInvolvements = rows("involvement", pair.held());
        long heldParents = rows("parent_carer", pair.held());

        as(team, () -> {
            reviews.decide(NOTTS, pair.reviewId(), true);
            return null;
        });

        Child merged = reload(pair.incoming());
        assertThat(merged.status()).isEqualTo(ChildStatus.MERGED);
        assertThat(merged.survivorCpId()).contains(pair.held().cpId().value());
        assertThat(store.childOf(pair.key() + "b").id()).as("the record's source now on the survivor").isEqualTo(pair.held().id());
        assertThat(rows("involvement", pair.held())).isEqualTo(heldInvolvements + 1);
        assertThat(rows("parent_carer", pair.held())).isEqualTo(heldParents + 1);
        RecordView survivorView = as(practitioner, () -> records.open(pair.held().cpId().value(), ViewReason.PROVIDING_A_SERVICE, null));
        assertThat(survivorView.parentsCarers()).as("both records name the same mother: she is shown once")
                .extracting(RecordView.ParentCarerView::name).containsExactly("Emma " + pair.held().familyName());
        assertThat(rows("child_search_key", pair.incoming())).isZero();
        assertThatThrownBy(() -> as(team, () -> {
            reviews.decide(NOTTS, pair.reviewId(), false);
            return null;
        })).isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reviewId"));
        // A later version of the merged record's source follows the merge to the survivor (and stays in Notts).
        FeedPathIT.Person again = new FeedPathIT.Person(pair.incoming().familyName(), pair.incoming().dateOfBirth());
        assertThat(chunks.apply(List.of(record("LA-CSC", pair.key() + "b", 2, again.family(), again.dob(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(store.childOf(pair.key() + "b").id()).isEqualTo(pair.held().id());

        as(team, () -> {
            reviews.unmerge(NOTTS, pair.incoming().cpId().value());
            return null;
        });

        Child restored = reload(pair.incoming());
        assertThat(restored.status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(restored.survivorCpId()).isEmpty();
        assertThat(store.childOf(pair.key() + "b").id()).isEqualTo(pair.incoming().id());
        assertThat(rows("involvement", pair.incoming())).isEqualTo(1);
        assertThat(rows("parent_carer", pair.incoming())).isEqualTo(1);
        assertThat(rows("involvement", pair.held())).isEqualTo(heldInvolvements);
        assertThat(rows("child_search_key", pair.incoming())).isPositive();
        MatchReview review = store.inTransaction(em -> em.find(MatchReview.class, pair.reviewId()));
        assertThat(review.status()).isEqualTo(MatchReview.Status.DIFFERENT);
        assertThatThrownBy(() -> as(team, () -> {
            reviews.unmerge(NOTTS, pair.incoming().cpId().value());
            return null;
        })).isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("mergedCpId"));
    }

    @Test
    void aMergeShowsTheLaterSchoolOfBothRecordsAndAnUnmergeGivesEachItsOwnAgain() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String key = "MS" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        LocalDate off = p.dob().getDayOfMonth() < 28 ? p.dob().plusDays(1) : p.dob().minusDays(1);
        String gp = ",\"gpPractice\":{\"code\":\"C84001\",\"name\":\"Musters Medical Practice\",\"from\":\"2015-04-01\"}";
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Rosalind", p.family(), p.dob(), "NG2 7QP",
                gp + school("561001", "2019-09-01"))))).containsExactly(RecordOutcome.CREATED);
        Child held = store.childOf(key + "a");
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 1, "Rosalind", p.family(), off, "LS6 2AA",
                school("561002", "2022-09-01"))))).containsExactly(RecordOutcome.REVIEW);
        Child incoming = store.childOf(key + "b");
        long reviewId = store.inTransaction(em -> em.createQuery("SELECT r.id FROM MatchReview r WHERE r.child.id = :id",
                Long.class).setParameter("id", incoming.id()).getSingleResult());

        as(team, () -> {
            reviews.decide(NOTTS, reviewId, true);
            return null;
        });
        assertThat(schoolAndGp(held)).as("the merged record's school, the later one, with the held record's GP")
                .containsExactly("561002", "C84001");
        // while merged, the school feed says the child moved on (and lives in Notts): the survivor shows it
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 2, "Rosalind", p.family(), off, "NG2 7QP",
                school("561003", "2024-09-01"))))).containsExactly(RecordOutcome.LINKED);
        assertThat(schoolAndGp(held)).containsExactly("561003", "C84001");

        as(team, () -> {
            reviews.unmerge(NOTTS, incoming.cpId().value());
            return null;
        });
        assertThat(schoolAndGp(held)).as("the held record's own school is current again").containsExactly("561001", "C84001");
        assertThat(schoolAndGp(incoming)).as("the school the record's source said while merged went back with it")
                .containsExactly("561003", null);
        assertThat(rows("child_setting", held)).isEqualTo(1);
        assertThat(rows("child_setting", incoming)).isEqualTo(2);
    }

    @Test
    void aSamePersonDecisionThatShieldsTheHeldChildShieldsHerBrotherAtHomeAndAuditsItWithoutTheHome() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String key = "MS" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, p.family(), p.dob(), "NG2 7QP"),
                record("NHS-PDS", key + "c", 1, "Oscar", p.family(), p.dob().minusYears(2), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.CREATED);
        LocalDate off = p.dob().getDayOfMonth() < 28 ? p.dob().plusDays(1) : p.dob().minusDays(1);
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, p.family(), off, "LS6 2AA"))))
                .containsExactly(RecordOutcome.REVIEW);
        Child incoming = store.childOf(key + "b");
        store.inTransaction(em -> {
            em.find(Child.class, incoming.id()).shield(); // her other record is shielded (by its own team, in Leeds)
            return null;
        });
        String brother = store.childOf(key + "c").cpId().value();
        assertThat(store.childOf(key + "c").isShielded()).isFalse();
        long reviewId = store.inTransaction(em -> em.createQuery("SELECT r.id FROM MatchReview r WHERE r.child.id = :id",
                Long.class).setParameter("id", incoming.id()).getSingleResult());

        as(team, () -> {
            reviews.decide(NOTTS, reviewId, true);
            return null;
        });

        assertThat(store.childOf(key + "a").isShielded()).as("the survivor of a merge with a shielded record").isTrue();
        assertThat(store.childOf(key + "c").isShielded()).as("living in her home").isTrue();
        List<AuditEvent> audited = store.inTransaction(em -> em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.action = :action AND e.targetCpId = :child AND e.actor = :actor",
                        AuditEvent.class)
                .setParameter("action", ShieldingSpread.Reason.HOUSEHOLD.action)
                .setParameter("child", brother).setParameter("actor", team).getResultList());
        assertThat(audited).as("his shielding, audited as the team's").hasSize(1);
        assertThat(audited.get(0).parameters().orElse("")).as("the audit trail never says where they live")
                .doesNotContainIgnoringCase(p.family()).doesNotContain("NG2").doesNotContain("West Bridgford")
                .doesNotContain("Mill Lane");
    }

    @Test
    void differentPeopleIsRememberedAndNotProposedAgain() throws Exception {
        Pair pair = pairInReview(false);
        as(team, () -> {
            reviews.decide(NOTTS, pair.reviewId(), false);
            return null;
        });
        assertThat(as(team, () -> reviews.pending(NOTTS, 0, 200).reviews())).noneMatch(r -> r.reviewId() == pair.reviewId());
        assertThat(reload(pair.incoming()).status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(chunks.apply(List.of(record("LA-CSC", pair.key() + "b", 2, pair.incoming().familyName(),
                pair.incoming().dateOfBirth(), "LS6 2AB")))).containsExactly(RecordOutcome.LINKED);
        long reviewsOfPair = store.inTransaction(em -> em.createQuery("SELECT COUNT(r) FROM MatchReview r WHERE r.child.id = :c",
                Long.class).setParameter("c", pair.incoming().id()).getSingleResult());
        assertThat(reviewsOfPair).isEqualTo(1);
    }

    @Test
    void aRecordOfAChildDecidedDifferentFromAShieldedOneLinksInsteadOfBeingQueuedAgain() throws Exception {
        Pair pair = pairInReview(false);
        as(team, () -> {
            reviews.decide(NOTTS, pair.reviewId(), false);
            return null;
        });
        store.inTransaction(em -> {
            em.find(Child.class, pair.held().id()).shield();
            return null;
        });
        // A third source sends the reviewed child's details: it clearly is that child, and the team said that child
        // is not the shielded one, so it is not put to them again.
        assertThat(chunks.apply(List.of(record("DWP-CB", pair.key() + "c", 1, pair.incoming().familyName(),
                pair.incoming().dateOfBirth(), "LS6 2AA")))).containsExactly(RecordOutcome.LINKED);
        assertThat(store.childOf(pair.key() + "c").id()).isEqualTo(pair.incoming().id());
        assertThat(reload(pair.incoming()).isShielded()).isFalse();
    }

    @Test
    void aComparisonInvolvingAShieldedChildShowsNoLocation() throws Exception {
        Pair pair = pairInReview(true);
        assertThat(reload(pair.incoming()).isShielded()).isTrue();
        ReviewComparison comparison = as(team, () -> reviews.compare(NOTTS, pair.reviewId()));
        String everything = comparison.fields().stream().map(f -> f.label() + " " + f.incoming() + " " + f.held())
                .reduce("", String::concat) + comparison.incomingSources() + comparison.heldSources();
        assertThat(comparison.incomingSources()).isNotEmpty().allSatisfy(s -> assertThat(s.postcode()).contains("withheld"));
        assertThat(comparison.heldSources()).isNotEmpty().allSatisfy(s -> assertThat(s.postcode()).contains("withheld"));
        assertThat(everything).doesNotContain("NG2").doesNotContain("LS6").doesNotContain("Mill Lane")
                .doesNotContain("West Bridgford").contains("withheld");
        assertThat(as(team, () -> reviews.pending(NOTTS, 0, 200).reviews())).anySatisfy(r -> {
            assertThat(r.reviewId()).isEqualTo(pair.reviewId());
            assertThat(r.shielded()).isTrue();
        });
        as(team, () -> {
            reviews.decide(NOTTS, pair.reviewId(), true);
            return null;
        });
        assertThat(reload(pair.held()).isShielded()).isTrue();
    }

    @Test
    void aMergeOfRecordsOutsideTheTeamsAuthorityIsNoSuchChild() throws Exception {
        Pair pair = pairInReview(false);
        assertThatThrownBy(() -> as(otherTeam, () -> {
            reviews.merge(CITY, pair.held().cpId().value(), pair.incoming().cpId().value());
            return null;
        })).isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("survivorCpId"));
        assertThatThrownBy(() -> as(team, () -> {
            reviews.merge(NOTTS, pair.held().cpId().value(), "12345");
            return null;
        })).isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("mergedCpId"));
        assertThat(reload(pair.held()).status()).isEqualTo(ChildStatus.ACTIVE);
    }
}
