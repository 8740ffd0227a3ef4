package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.child.api.ArchiveReason;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.NoSuchChild;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.child.entity.CareLeaverExtension;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.lifecycle.api.LifecycleAction;
import org.contactpoint.lifecycle.api.LifecycleReport;
import org.contactpoint.lifecycle.api.RecordLifecycle;
import org.contactpoint.lifecycle.control.LifecycleChunk;
import org.contactpoint.lifecycle.control.LifecycleClock;
import org.contactpoint.lifecycle.control.LifecycleRuns;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The record lifecycle on a clock the test sets: the 18th birthday (and 29 February), the care leaver's extension to
 * 25, a year after death, the purge six years after archiving (records gone, audit kept), a dry run, a re-run and a
 * run finishing one cut short (the 29 February rule is LifecycleRuleTest's). The clock stays within days of today: other tests' children are young.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    RecordLifecycle lifecycle;

    @EJB
    TestStore store;

    @EJB
    ChildRecords records;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    @Inject
    LifecycleClock clock;

    @Inject
    LifecycleChunk chunks;

    @Inject
    LifecycleRuns runs;

    private String admin;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void nationalAdministrator() {
        admin = store.inTransaction(em -> fixtures.account("lc.admin" + System.nanoTime() % 1_000_000, Role.NATIONAL_ADMIN,
                null, "DFE", null, false));
    }

    @AfterEach
    void realClock() {
        clock.set(Clock.systemDefaultZone());
    }

    private void setToday(LocalDate day) {
        clock.set(Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).plusHours(3).toInstant(), ZoneId.systemDefault()));
    }

    private LifecycleReport run(LocalDate asOf, boolean dry) throws Exception {
        return callers.actingAs(admin, () -> lifecycle.run(asOf, dry)).get(2, TimeUnit.MINUTES);
    }

    private long childBornOn(LocalDate dob, String given) {
        return store.inTransaction(em -> fixtures.child(given, PortalFixtures.uniqueFamilyName(), dob, false, true)).id();
    }

    private Child child(long id) {
        return store.inTransaction(em -> em.find(Child.class, id));
    }

    private long lifecycleEvents(long childId, String cpId) {
        return store.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.targetCpId = :id "
                + "AND e.action LIKE 'lifecycle.%'", Long.class).setParameter("id", cpId).getSingleResult());
    }

    @Test
    void aChildIsArchivedOnTheir18thBirthdayAndNotTheDayBefore() throws Exception {
        long eighteenToday = childBornOn(today.minusYears(18), "Olivia");
        long eighteenTomorrow = childBornOn(today.minusYears(18).plusDays(1), "Amelia");
        setToday(today);

        LifecycleReport first = run(today, false);

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(child(eighteenToday).status()).isEqualTo(ChildStatus.ARCHIVED);
        assertThat(child(eighteenToday).archivedOn()).contains(today);
        assertThat(child(eighteenTomorrow).status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(first.counts()).anyMatch(c -> c.authority().equals(NOTTS) && c.action() == LifecycleAction.ARCHIVE_AT_18);

        setToday(today.plusDays(1));
        LifecycleReport next = run(today.plusDays(1), false);

        assertThat(child(eighteenTomorrow).status()).isEqualTo(ChildStatus.ARCHIVED);
        assertThat(next.total(LifecycleAction.ARCHIVE_AT_18)).isGreaterThanOrEqualTo(1);
        String cpId = child(eighteenToday).cpId().value();
        assertThat(lifecycleEvents(eighteenToday, cpId)).as("archived once, audited once").isEqualTo(1);
    }

    @Test
    void aConsentingCareLeaverStaysUntil25AndTheDeceasedAreArchivedAfterAYear() throws Exception {
        long careLeaver = childBornOn(today.minusYears(20), "Olivia");
        long careLeaverAt25 = childBornOn(today.minusYears(25), "Amelia");
        long diedAYearAgo = childBornOn(today.minusYears(9), "Olivia");
        long diedLastMonth = childBornOn(today.minusYears(9), "Amelia");
        store.inTransaction(em -> {
            for (long id : new long[]{careLeaver, careLeaverAt25}) {
                em.find(Child.class, id).extendAsCareLeaver(new CareLeaverExtension(today.minusYears(2), "team.notts"));
            }
            em.find(Child.class, diedAYearAgo).recordDeath(today.minusYears(1));
            em.find(Child.class, diedLastMonth).recordDeath(today.minusMonths(1));
            return null;
        });
        setToday(today);

        LifecycleReport report = run(today, false);

        assertThat(child(careLeaver).status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(child(careLeaverAt25).status()).isEqualTo(ChildStatus.ARCHIVED);
        assertThat(child(diedAYearAgo).status()).isEqualTo(ChildStatus.ARCHIVED);
        assertThat(child(diedLastMonth).status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(report.total(LifecycleAction.ARCHIVE_AT_25)).isGreaterThanOrEqualTo(1);
        assertThat(report.total(LifecycleAction.ARCHIVE_AFTER_DEATH)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void sixYearsAfterArchivingTheRecordAndContactsArePurgedAndTheAuditTrailKept() throws Exception {
        long due = childBornOn(today.minusYears(24), "Olivia");
        long notYet = childBornOn(today.minusYears(24), "Amelia");
        long mergedIntoDue = childBornOn(today.minusYears(24), "Olivia");
        String dueCpId = store.inTransaction(em -> {
            Child c = em.find(Child.class, due);
            c.archive(today.minusYears(6));
            em.find(Child.class, notYet).archive(today.minusYears(6).plusDays(1));
            em.find(Child.class, mergedIntoDue).mergeInto(c.cpId());
            return c.cpId().value();
        });
        setToday(today);

        LifecycleReport report = run(today, false);

        assertThat(report.total(LifecycleAction.PURGE)).isGreaterThanOrEqualTo(1);
        assertThat(child(due)).isNull();
        assertThat(child(mergedIntoDue)).as("a merged record resolving to a purged one goes too").isNull();
        assertThat(child(notYet).status()).isEqualTo(ChildStatus.ARCHIVED);
        long left = store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM involvement WHERE child_id = ?1) "
                + "+ (SELECT COUNT(*) FROM consent WHERE child_id = ?1) + (SELECT COUNT(*) FROM parent_carer WHERE child_id = ?1) "
                + "+ (SELECT COUNT(*) FROM child_address WHERE child_id = ?1) + (SELECT COUNT(*) FROM child_search_key WHERE child_id = ?1)")
                .setParameter(1, due).getSingleResult()).longValue());
        assertThat(left).isZero();
        assertThat(lifecycleEvents(due, dueCpId)).as("the purge's own audit event is kept").isEqualTo(1);
    }

    @Test
    void aDryRunCountsWhatADateWouldBringAndChangesNothing() throws Exception {
        long tomorrow = childBornOn(today.minusYears(18).plusDays(1), "Olivia");

        LifecycleReport dry = run(today.plusDays(1), true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.total(LifecycleAction.ARCHIVE_AT_18)).isGreaterThanOrEqualTo(1);
        assertThat(child(tomorrow).status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(lifecycleEvents(tomorrow, child(tomorrow).cpId().value())).isZero();
        List<LifecycleReport> recent = callers.actingAs(admin, () -> lifecycle.recentRuns(5));
        assertThat(recent.get(0).runId()).isEqualTo(dry.runId());
    }

    @Test
    void aRunCutShortIsFinishedByTheNextWithNothingDoneTwice() throws Exception {
        long first = childBornOn(today.minusYears(19), "Olivia");
        long second = childBornOn(today.minusYears(19), "Amelia");
        setToday(today);
        // As a server killed mid-run leaves it: the run's row RUNNING, its first chunk committed, the rest not done.
        long crashed = runs.start(today, false, admin);
        chunks.apply(crashed, List.of(first), today, admin, Channel.SCHEDULE);

        LifecycleReport rerun = run(today, false);

        assertThat(child(first).status()).isEqualTo(ChildStatus.ARCHIVED);
        assertThat(child(second).status()).isEqualTo(ChildStatus.ARCHIVED);
        assertThat(lifecycleEvents(first, child(first).cpId().value())).isEqualTo(1);
        assertThat(lifecycleEvents(second, child(second).cpId().value())).isEqualTo(1);
        assertThat(runs.report(crashed).status()).isEqualTo("RUNNING");
        assertThat(runs.report(crashed).total()).isEqualTo(1);
        assertThat(rerun.total(LifecycleAction.ARCHIVE_AT_18)).isGreaterThanOrEqualTo(1);

        LifecycleReport again = run(today, false);
        assertThat(again.total()).as("nothing left to do").isZero();
    }

    @Test
    void onlyNationalAdministratorsRunItAndARealRunIsAsOfToday() throws Exception {
        String team = store.inTransaction(em -> fixtures.account("lc.team" + System.nanoTime() % 1_000_000, Role.LA_MANAGEMENT,
                NOTTS, "NOTTS-CP", null, false));
        assertThatThrownBy(() -> callers.actingAs(team, () -> lifecycle.run(today, true))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> callers.actingAs(admin, () -> lifecycle.run(today.plusDays(1), false)))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("asOf"));
        assertThatThrownBy(() -> callers.actingAs(admin, () -> lifecycle.run(null, true)))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("asOf"));
    }

    @Test
    void anArchivedRecordIsReadByTheTeamForAYearThenOnlyForAnEnquiry() throws Exception {
        String team = store.inTransaction(em -> fixtures.account("lc.dm" + System.nanoTime() % 1_000_000, Role.LA_MANAGEMENT,
                NOTTS, "NOTTS-CP", null, false));
        String practitioner = store.inTransaction(em -> fixtures.account("lc.pr" + System.nanoTime() % 1_000_000, Role.PRACTITIONER,
                NOTTS, "NOTTS-CSC", null, false));
        String recent = store.inTransaction(em -> {
            Child c = fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(), today.minusYears(18).minusMonths(6), false, false);
            c.archive(today.minusMonths(6));
            return c.cpId().value();
        });
        String old = store.inTransaction(em -> {
            Child c = fixtures.child("Amelia", PortalFixtures.uniqueFamilyName(), today.minusYears(20), false, false);
            c.archive(today.minusYears(2));
            return c.cpId().value();
        });

        assertThat(callers.actingAs(team, () -> records.open(recent, ViewReason.SAFEGUARDING_CONCERN, null)).contactPointId())
                .isEqualTo(recent);
        assertThatThrownBy(() -> callers.actingAs(practitioner, () -> records.open(recent, ViewReason.SAFEGUARDING_CONCERN, null)))
                .isInstanceOf(NoSuchChild.class);
        assertThatThrownBy(() -> callers.actingAs(team, () -> records.open(old, ViewReason.SAFEGUARDING_CONCERN, null)))
                .isInstanceOf(NoSuchChild.class);
        assertThatThrownBy(() -> callers.actingAs(team, () -> records.openArchived(old, ArchiveReason.SERIOUS_CASE_REVIEW, " ")))
                .isInstanceOfSatisfying(RequestProblem.class, p -> assertThat(p.field()).isEqualTo("reference"));
        assertThatThrownBy(() -> callers.actingAs(practitioner, () -> records.openArchived(old, ArchiveReason.SERIOUS_CASE_REVIEW,
                "SCR-2026-7"))).isInstanceOf(NoSuchChild.class);

        RecordView opened = callers.actingAs(team, () -> records.openArchived(old, ArchiveReason.CHILD_PROTECTION_ENQUIRY, "S47-2026-0042"));

        assertThat(opened.contactPointId()).isEqualTo(old);
        String audited = store.inTransaction(em -> em.createQuery("SELECT e.parameters FROM AuditEvent e WHERE e.actor = :a "
                + "AND e.action = 'child.view-archived' AND e.outcome = org.contactpoint.audit.entity.Outcome.ALLOWED", String.class)
                .setParameter("a", team).getSingleResult());
        assertThat(audited).contains("CHILD_PROTECTION_ENQUIRY").contains("S47-2026-0042");
    }

    @Test
    void aRealRunForgetsDayOldIdempotencyKeysAndTheLinesOfOldBatchesButNotTheBatches() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        java.sql.Timestamp twoDaysAgo = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        java.sql.Timestamp hundredDaysAgo = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(100)));
        long oldBatch = 900_000_000L + n * 2;
        long newBatch = oldBatch + 1;
        store.inTransaction(em -> {
            String key = "INSERT INTO idempotent_request (caller, idempotency_key, request_sha256, status, location, body, created_at) "
                    + "VALUES (?1, ?2, ?3, 201, NULL, '{}', ?4)";
            em.createNativeQuery(key).setParameter(1, "lc.sys" + n).setParameter(2, "old").setParameter(3, "0".repeat(64))
                    .setParameter(4, twoDaysAgo).executeUpdate();
            em.createNativeQuery(key).setParameter(1, "lc.sys" + n).setParameter(2, "new").setParameter(3, "0".repeat(64))
                    .setParameter(4, java.sql.Timestamp.from(java.time.Instant.now())).executeUpdate();
            for (long batch : new long[]{oldBatch, newBatch}) {
                em.createNativeQuery("INSERT INTO feed_batch (id, source_system, submitted_by, status, lines_read, linked, created, "
                                + "review, ignored, rejected, received_at, finished_at, failure, version) "
                                + "VALUES (?1, 'LC-TEST', 'lc.sys', 'DONE', 1, 0, 1, 0, 0, 0, ?2, ?2, NULL, 0)")
                        .setParameter(1, batch).setParameter(2, batch == oldBatch ? hundredDaysAgo
                                : java.sql.Timestamp.from(java.time.Instant.now())).executeUpdate();
                em.createNativeQuery("INSERT INTO feed_batch_line (batch_id, line_no, source_record_id, outcome, child_cp_id, field, reason) "
                        + "VALUES (?1, 1, 'R1', 'CREATED', NULL, NULL, NULL)").setParameter(1, batch).executeUpdate();
            }
            return null;
        });
        setToday(today);

        run(today, false);

        List<Object> keys = store.inTransaction(em -> new java.util.ArrayList<Object>(em.createNativeQuery(
                "SELECT idempotency_key FROM idempotent_request WHERE caller = ?1").setParameter(1, "lc.sys" + n).getResultList()));
        assertThat(keys).containsExactly((Object) "new");
        long oldLines = store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM feed_batch_line WHERE batch_id = ?1")
                .setParameter(1, oldBatch).getSingleResult()).longValue());
        long newLines = store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM feed_batch_line WHERE batch_id = ?1")
                .setParameter(1, newBatch).getSingleResult()).longValue());
        long batches = store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM feed_batch WHERE id IN (?1, ?2)")
                .setParameter(1, oldBatch).setParameter(2, newBatch).getSingleResult()).longValue());
        assertThat(oldLines).isZero();
        assertThat(newLines).isEqualTo(1);
        assertThat(batches).as("a batch's counts are kept").isEqualTo(2);
    }
}
