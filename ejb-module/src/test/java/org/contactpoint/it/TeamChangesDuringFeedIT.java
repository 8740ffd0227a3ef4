package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.matching.api.MatchReviews;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.shielding.api.RequestedGround;
import org.contactpoint.shielding.api.ShieldingRequests;
import org.contactpoint.shielding.control.ShieldingSpread;
import org.contactpoint.shielding.entity.ShieldingRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * A team's changes to children (shielding, merging) while the feed matches records against them. A record the feed
 * reviewed against a child is shielded whenever the child is, whether the shielding comes after the review or while
 * the feed is matching; a record never ends linked to a child merged into another meanwhile.
 * The reviewed records here have the child's given and family names the wrong way round (always a review), and
 * another house in her street.
 */
@ExtendWith(ArquillianExtension.class)
class TeamChangesDuringFeedIT {

    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    FeedChunk chunks;

    @EJB
    ShieldingRequests requests;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @EJB
    MatchReviews reviews;

    private String practitioner;
    private String team;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L);

    @BeforeEach
    void account() {
        int n = RUN.incrementAndGet();
        practitioner = store.inTransaction(em -> fixtures.account("sf.prac" + n, Role.PRACTITIONER, NOTTS, "NOTTS-YOT", null, false));
        team = store.inTransaction(em -> fixtures.account("sf.team" + n, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false));
    }

    private FeedRecord health(int i, FeedPathIT.Person p) throws Exception {
        return FeedPathIT.record(validator, "NHS-PDS", "SF-N" + run + "-" + i, 1, "Olivia", p.family(), p.dob(),
                FeedPathIT.nhsNumber(), "12 " + p.family() + " Mill Lane", "NG2 7QP");
    }

    private FeedRecord namesSwapped(int i, FeedPathIT.Person p) throws Exception {
        return FeedPathIT.record(validator, "LA-CSC", "SF-L" + run + "-" + i, 1, p.family(), "Olivia", p.dob(), null,
                "14 " + p.family() + " Mill Lane", "NG2 7QP"); // another house: not shielded as her housemate
    }

    /**
     * The i-th of 80 made-up children (0-39 for one test, 40-79 for another), born on a date that differs from every
     * other's in at least two of day, month and year, and cannot be swapped (day above 12), in years {@link
     * FeedPathIT.Person} does not use. All are called Olivia at NG2 7QP: a shared birthday, or one with a part off or
     * swapped, would rightly put two of them in review whatever their family names. A date that is a portal fixture
     * child's birthday ({@link FeedPathIT.Person#bornOnAFixtureBirthday}) moves three days on, onto no other's.
     */
    private static FeedPathIT.Person person(int i) {
        LocalDate dob = LocalDate.of(2021 + i % 5, 1 + i % 12, 13 + i % 16);
        return new FeedPathIT.Person(FeedPathIT.Person.unique().family(),
                FeedPathIT.Person.bornOnAFixtureBirthday(dob, LocalDate.now()) ? dob.plusDays(3) : dob);
    }

    private List<ShieldingRequest> requestsFor(Child child) {
        return store.inTransaction(em -> em.createQuery("SELECT r FROM ShieldingRequest r WHERE r.child.id = :child",
                ShieldingRequest.class).setParameter("child", child.id()).getResultList());
    }

    /** The parameters of each audit event of the child's shielding with another's, for this reason. */
    private List<String> auditedParameters(ShieldingSpread.Reason reason, Child child) {
        return store.inTransaction(em -> em.createQuery("SELECT e FROM AuditEvent e WHERE e.action = :action "
                        + "AND e.targetCpId = :child", AuditEvent.class)
                .setParameter("action", reason.action).setParameter("child", child.cpId().value()).getResultList().stream()
                .map(e -> e.parameters().orElse("")).toList());
    }

    private void requestShielding(String cpId) throws Exception {
        callers.actingAs(practitioner, () -> {
            requests.request(cpId, RequestedGround.RISK_OF_SIGNIFICANT_HARM, "Fled violence", false);
            return null;
        });
    }

    @Test
    void aShieldingRequestShieldsTheRecordsUnderReviewWithTheChildEachWithARequestOfItsOwn() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        assertThat(chunks.apply(List.of(health(0, p)))).containsExactly(RecordOutcome.CREATED);
        assertThat(chunks.apply(List.of(namesSwapped(0, p)))).containsExactly(RecordOutcome.REVIEW);
        Child child = store.childOf("SF-N" + run + "-0");
        Child reviewed = store.childOf("SF-L" + run + "-0");
        assertThat(reviewed.isShielded()).as("reviewed against a child not shielded").isFalse();

        requestShielding(child.cpId().value());

        assertThat(store.childOf("SF-L" + run + "-0").isShielded()).as("it may be her").isTrue();
        List<ShieldingRequest> its = requestsFor(reviewed);
        assertThat(its).singleElement().satisfies(r -> {
            assertThat(r.justification()).contains(child.cpId().value()).doesNotContain("Fled violence");
            assertThat(r.requestedBy()).isEqualTo(practitioner);
        });
        List<String> audited = auditedParameters(ShieldingSpread.Reason.POSSIBLE_DUPLICATE, reviewed);
        assertThat(audited).singleElement().satisfies(params -> assertThat(params)
                .as("the audit trail never says where she lives").doesNotContain("NG2").doesNotContain("Mill Lane"));
    }

    /**
     * The council's record of her has her name, birthday and street, but another child's NHS number: two NHS numbers
     * are two children, so the feed makes it a child of its own without a review. Her shielding asks for it too: it
     * may be her, and it shows where she may live.
     */
    @Test
    void aShieldingRequestShieldsAChildMadeApartOnlyForAnotherNhsNumber() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        assertThat(chunks.apply(List.of(health(90, p)))).containsExactly(RecordOutcome.CREATED);
        assertThat(chunks.apply(List.of(FeedPathIT.record(validator, "LA-CSC", "SF-L" + run + "-90", 1, "Olivia", p.family(),
                p.dob(), FeedPathIT.nhsNumber(), "14 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // her brother, two years older, in the same street under another given name: not her
        assertThat(chunks.apply(List.of(FeedPathIT.record(validator, "LA-CSC", "SF-B" + run + "-90", 1, "Noah", p.family(),
                p.dob().minusYears(2), FeedPathIT.nhsNumber(), "16 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // another such record, which her team has already decided is a different child
        assertThat(chunks.apply(List.of(FeedPathIT.record(validator, "LA-CSC", "SF-D" + run + "-90", 1, "Olivia", p.family(),
                p.dob(), FeedPathIT.nhsNumber(), "18 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        Child child = store.childOf("SF-N" + run + "-90");
        Child apart = store.childOf("SF-L" + run + "-90");
        Child decided = store.childOf("SF-D" + run + "-90");
        store.inTransaction(em -> {
            MatchReview review = new MatchReview(em.find(Child.class, decided.id()), em.find(Child.class, child.id()), "LA-CSC",
                    "SF-D" + run + "-90", 30.9, "nhs=DIFFERENT", null, Instant.now());
            em.persist(review);
            review.decide(MatchReview.Status.DIFFERENT, team, Instant.now());
            return null;
        });

        requestShielding(child.cpId().value());

        assertThat(store.childOf("SF-L" + run + "-90").isShielded()).as("it may be her").isTrue();
        assertThat(store.childOf("SF-B" + run + "-90").isShielded()).as("her brother at another house").isFalse();
        assertThat(store.childOf("SF-D" + run + "-90").isShielded()).as("decided a different child").isFalse();
        List<ShieldingRequest> its = requestsFor(apart);
        assertThat(its).singleElement().satisfies(r -> assertThat(r.justification())
                .startsWith("Matches a child whose shielding was requested in everything but its NHS number")
                .contains(child.cpId().value()).doesNotContain("Fled violence"));
        List<String> audited = auditedParameters(ShieldingSpread.Reason.ALL_BUT_AN_IDENTIFIER, apart);
        assertThat(audited).singleElement().satisfies(params -> assertThat(params)
                .as("the audit trail never says where she lives").doesNotContain("NG2").doesNotContain("Mill Lane"));
    }

    /**
     * Forty children shielded one after another by their team while a chunk of records reviewed against them is
     * applied: whichever comes first for each child, its reviewed record ends shielded. Without the shielding taking
     * its place among the chunks, a chunk that matched against a child before its shielding wrote an unshielded
     * review after it.
     */
    @Test
    void aChunkAppliedWhileTheTeamShieldsTheChildrenLeavesNoReviewedRecordUnshielded() throws Exception {
        int n = 40;
        List<FeedRecord> first = new ArrayList<>();
        List<FeedRecord> reviewed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FeedPathIT.Person p = person(i);
            first.add(health(i, p));
            reviewed.add(namesSwapped(i, p));
        }
        assertThat(chunks.apply(first)).containsOnly(RecordOutcome.CREATED);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(store.childOf("SF-N" + run + "-" + i).cpId().value());
        }

        CyclicBarrier together = new CyclicBarrier(2);
        Future<List<RecordOutcome>> feed = executor.submit(() -> {
            together.await();
            return chunks.apply(reviewed);
        });
        Future<Void> team = executor.submit(() -> {
            together.await();
            for (String cpId : children) {
                requestShielding(cpId);
            }
            return null;
        });
        team.get(2, TimeUnit.MINUTES);
        assertThat(feed.get(2, TimeUnit.MINUTES)).containsOnly(RecordOutcome.REVIEW);

        for (int i = 0; i < n; i++) {
            assertThat(store.childOf("SF-N" + run + "-" + i).isShielded()).isTrue();
            assertThat(store.childOf("SF-L" + run + "-" + i).isShielded()).as("the record reviewed against child %d", i).isTrue();
        }
    }

    /**
     * Forty reviews decided "same person" by the team while a chunk links a third source's records to the reviewed
     * records: whichever comes first, each record ends on a live child, never on one merged into another (whose
     * record nobody sees). Without the merge taking its place among the chunks, a chunk that read the record before
     * the merge linked to it after.
     */
    @Test
    void aChunkAppliedWhileTheTeamMergesLeavesNoRecordOnAMergedChild() throws Exception {
        int n = 40;
        List<FeedRecord> first = new ArrayList<>();
        List<FeedRecord> second = new ArrayList<>();
        List<FeedRecord> third = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FeedPathIT.Person p = person(40 + i);
            first.add(health(i, p));
            second.add(namesSwapped(i, p));
            // the benefits record agrees with the reviewed record exactly: it links to that one
            third.add(FeedPathIT.record(validator, "DWP-CB", "SF-D" + run + "-" + i, 1, p.family(), "Olivia", p.dob(), null,
                    "14 " + p.family() + " Mill Lane", "NG2 7QP"));
        }
        assertThat(chunks.apply(first)).containsOnly(RecordOutcome.CREATED);
        assertThat(chunks.apply(second)).containsOnly(RecordOutcome.REVIEW);
        List<Long> reviewIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long reviewed = store.childOf("SF-L" + run + "-" + i).id();
            reviewIds.add(store.inTransaction(em -> em.createQuery("SELECT r.id FROM MatchReview r WHERE r.child.id = :child",
                    Long.class).setParameter("child", reviewed).getSingleResult()));
        }

        CyclicBarrier together = new CyclicBarrier(2);
        Future<List<RecordOutcome>> feed = executor.submit(() -> {
            together.await();
            return chunks.apply(third);
        });
        Future<Void> merges = executor.submit(() -> {
            together.await();
            for (long reviewId : reviewIds) {
                callers.actingAs(team, () -> {
                    reviews.decide(NOTTS, reviewId, true);
                    return null;
                });
            }
            return null;
        });
        merges.get(2, TimeUnit.MINUTES);
        feed.get(2, TimeUnit.MINUTES);

        for (int i = 0; i < n; i++) {
            assertThat(store.childOf("SF-D" + run + "-" + i).status()).as("the child of benefits record %d", i)
                    .isEqualTo(ChildStatus.ACTIVE);
        }
    }
}
