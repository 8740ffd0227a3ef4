package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.child.control.ContactPointIds;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.control.FeedLineParser;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.search.entity.ChildSearchKey;
import org.contactpoint.search.entity.SearchKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed path in Payara: versions, identity matching (link, create, review), shield-safety and ContactPoint ID
 * allocation. Each test makes up its own family name and date of birth, so children of other tests are never
 * candidates.
 */
@ExtendWith(ArquillianExtension.class)
class FeedPathIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    FeedChunk chunks;

    @EJB
    TestStore store;

    @Inject
    Validator validator;

    @Inject
    ContactPointIds ids;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** A made-up child: a family name like no other test's, and a birthday of its own. */
    record Person(String family, LocalDate dob) {

        static Person unique() {
            // Numbered across all test deployments in the server (each has its own copy of this class). Random names
            // and birthdays made one test's child another's: the same given name with a sound-alike family name is
            // rightly reviewed, and with the same birthday (whatever the family name) too. So the number n picks a
            // birthday 37 days on from the last (none shared among 3,650), and a family name of four syllables
            // (a, b, a+b, a+2b modulo 61, a = n % 61, b = n / 61): any two of the first 3,721 share at most one
            // syllable. Blocking meets names by their Double Metaphone code, the sounds of the first six consonants
            // (NameKeys): so each consonant has a code of its own (no b beside p, no k or c, which the portal's Q names
            // start with), and syllables are joined by a vowel, as two equal consonants side by side count once; the
            // codes then come from a and b alone and no two are the same (MadeUpChildrenTest). The fifth syllable is
            // random, for a database kept between runs.
            while (true) {
                int n = MADE_UP.getAndIncrement();
                LocalDate dob = LocalDate.of(2010, 1, 1).plusDays(37L * n % 3650);
                if (bornOnAFixtureBirthday(dob, LocalDate.now())) {
                    continue;
                }
                int a = n % 61;
                int b = n / 61 % 61;
                String name = String.join("o", syllable(a), syllable(b), syllable((a + b) % 61), syllable((a + 2 * b) % 61),
                        syllable(ThreadLocalRandom.current().nextInt(61)));
                return new Person(Character.toUpperCase(name.charAt(0)) + name.substring(1), dob);
            }
        }

        /**
         * The portal's fixture children are Olivias at NG2 7QP born today some years ago: born on their day (or with
         * day and month swapped, as a shielded child is met), a child of these tests is rightly linked or reviewed
         * with them. A day either side covers a run that passes midnight.
         */
        static boolean bornOnAFixtureBirthday(LocalDate dob, LocalDate today) {
            for (int shift = -1; shift <= 1; shift++) {
                LocalDate day = today.plusDays(shift);
                boolean same = dob.getMonthValue() == day.getMonthValue() && dob.getDayOfMonth() == day.getDayOfMonth();
                boolean swapped = dob.getMonthValue() == day.getDayOfMonth() && dob.getDayOfMonth() == day.getMonthValue();
                if (same || swapped) {
                    return true;
                }
            }
            return false;
        }

        /** The i-th of 61 syllables, each with its own pair of consonants. */
        private static String syllable(int i) {
            String consonants = "fjlmnprst";
            return "" + consonants.charAt(i % 9) + "aeiou".charAt(i % 5) + consonants.charAt(i / 9);
        }

        private static final java.util.concurrent.atomic.AtomicInteger MADE_UP = (java.util.concurrent.atomic.AtomicInteger)
                System.getProperties().computeIfAbsent("contactpoint.it.made-up-children",
                        k -> new java.util.concurrent.atomic.AtomicInteger());
    }

    private FeedRecord record(String source, String id, int version, String given, String family, LocalDate dob,
                              String nhs, String postcode) throws Exception {
        return record(validator, source, id, version, given, family, dob, nhs, "12 " + family + " Mill Lane", postcode);
    }

    /** A record of a girl in West Bridgford, with a consented mental-health service. */
    static FeedRecord record(Validator validator, String source, String id, int version, String given, String family,
                             LocalDate dob, String nhs, String line1, String postcode) throws Exception {
        return record(validator, source, id, version, given, "female", family, dob, nhs, line1, postcode);
    }

    /** As {@link #record(Validator, String, String, int, String, String, LocalDate, String, String, String)}, of either gender. */
    static FeedRecord record(Validator validator, String source, String id, int version, String given, String gender,
                             String family, LocalDate dob, String nhs, String line1, String postcode) throws Exception {
        String line = """
                {"sourceSystem":"%s","sourceRecordId":"%s","recordVersion":%d,"identifiers":{%s},\
                "givenNames":"%s","familyName":"%s","dateOfBirth":"%s","gender":"%s",\
                "address":{"line1":"%s","town":"West Bridgford","postcode":%s},\
                "involvements":[{"serviceType":"mental-health","serviceName":"Notts CAMHS","from":"2024-01-10",\
                "consent":{"givenBy":"parent","givenByName":"Emma Smith","recordedAt":"2024-01-09T10:00:00Z"}}]}"""
                .formatted(source, id, version, nhs == null ? "" : "\"NHS\":\"" + nhs + "\"", given, family, dob, gender, line1,
                        postcode == null ? "null" : "\"" + postcode + "\"");
        return new FeedLineParser(validator).parse(line, 1).record();
    }

    private FeedRecord record(String source, String id, int version, String nhs, Person p, String postcode) throws Exception {
        return record(source, id, version, "Olivia", p.family(), p.dob(), nhs, postcode);
    }

    static String nhsNumber() {
        while (true) {
            String prefix = Long.toString(600_000_000L + ThreadLocalRandom.current().nextLong(99_999_999L));
            int check = org.contactpoint.child.entity.NhsNumber.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    /** A typing slip: the family name with its last two letters the other way round. */
    private static String lastTwoLettersSwapped(String family) {
        return family.substring(0, family.length() - 2) + family.charAt(family.length() - 1) + family.charAt(family.length() - 2);
    }

    /** Another day of the same month and year: one part of the date wrong. */
    private static LocalDate dayOff(LocalDate dob) {
        return dob.getDayOfMonth() < 28 ? dob.plusDays(1) : dob.minusDays(1);
    }

    /** The team shields the child the record made (as the shielding decision would). */
    private Child shieldedByTheTeam(String sourceRecordId) {
        Child child = store.childOf(sourceRecordId);
        store.inTransaction(em -> {
            em.find(Child.class, child.id()).shield();
            return null;
        });
        return child;
    }

    /** The record's child is shielded and waits for review against the shielded child, and only that one. */
    private Child reviewedAndShieldedAgainst(String sourceRecordId, Child shielded) {
        Child incoming = store.childOf(sourceRecordId);
        assertThat(incoming.isShielded()).isTrue();
        assertThat(reviewsOf(incoming)).singleElement().satisfies(r -> assertThat(r.candidate().id()).isEqualTo(shielded.id()));
        return incoming;
    }

    private List<MatchReview> reviewsOf(Child child) {
        return store.inTransaction(em -> em.createQuery("SELECT r FROM MatchReview r WHERE r.child.id = :id", MatchReview.class)
                .setParameter("id", child.id()).getResultList());
    }

    /**
     * Two sources' batches processed at the same time, each with a record of the same new children: each child is made
     * once, the other source's record linked to it. Without one chunk at a time, both chunks read before either had
     * written and each created every child.
     */
    @Test
    void twoBatchesAtOnceWithRecordsOfTheSameNewChildrenMakeEachChildOnce() throws Exception {
        List<FeedRecord> health = new ArrayList<>();
        List<FeedRecord> benefits = new ArrayList<>();
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        for (int i = 0; i < 60; i++) {
            Person p = Person.unique();
            String nhs = nhsNumber();
            health.add(record("NHS-PDS", "PAR-N" + run + "-" + i, 1, nhs, p, "NG2 7QP"));
            benefits.add(record("DWP-CB", "PAR-D" + run + "-" + i, 1, nhs, p, "NG2 7QP"));
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Future<List<RecordOutcome>> first = executor.submit(() -> {
            together.await();
            return chunks.apply(health);
        });
        java.util.concurrent.Future<List<RecordOutcome>> second = executor.submit(() -> {
            together.await();
            return chunks.apply(benefits);
        });
        List<RecordOutcome> healthOutcomes = first.get(2, java.util.concurrent.TimeUnit.MINUTES);
        List<RecordOutcome> benefitsOutcomes = second.get(2, java.util.concurrent.TimeUnit.MINUTES);

        // each child's two records, with their outcomes, so a failure says which child went wrong and how
        List<String> apart = new ArrayList<>();
        Set<Long> children = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            long healthChild = store.childOf("PAR-N" + run + "-" + i).id();
            long benefitsChild = store.childOf("PAR-D" + run + "-" + i).id();
            children.add(healthChild);
            children.add(benefitsChild);
            if (healthChild != benefitsChild) {
                apart.add(i + ": health " + healthOutcomes.get(i) + " child " + healthChild + ", benefits " + benefitsOutcomes.get(i)
                        + " child " + benefitsChild);
            }
        }
        assertThat(apart).as("children whose two records are in different children").isEmpty();
        assertThat(children).as("children made from the two sources' records of 60 children").hasSize(60);
        List<RecordOutcome> outcomes = new ArrayList<>(healthOutcomes);
        outcomes.addAll(benefitsOutcomes);
        assertThat(outcomes).filteredOn(o -> o == RecordOutcome.CREATED).hasSize(60);
        assertThat(outcomes).filteredOn(o -> o == RecordOutcome.LINKED).hasSize(60);
    }

    /**
     * Chunks whose records only create children write them while another chunk holds the write lock, and the one that
     * gets it second, whose reads the first made stale, is applied again: the two records of one child end in one
     * child. (PostgreSQL: the waiting chunks' inserts are seen in {@code pg_locks}.)
     */
    @Test
    void chunksOfNewChildrenWriteThemWhileWaitingAndTheSecondIsAppliedAgain() throws Exception {
        if (!store.inTransaction(org.contactpoint.schema.control.DatabaseProduct::isPostgres)) {
            return;
        }
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        Person p = Person.unique();
        Person q = Person.unique();
        String nhs = nhsNumber();
        // a postcode where no other test shields a child: a chunk at a shielded child's postcode writes under the lock
        List<FeedRecord> health = List.of(record("NHS-PDS", "EARLY-N" + run, 1, nhs, p, "NG7 2RD"));
        List<FeedRecord> benefits = List.of(record("DWP-CB", "EARLY-D" + run, 1, nhs, p, "NG7 2RD"),
                record("DWP-CB", "EARLY-E" + run, 1, nhsNumber(), q, "NG7 2RD"));
        List<java.util.concurrent.Future<List<RecordOutcome>>> applied = new ArrayList<>();
        long inserting = store.inTransaction(em -> {
            org.contactpoint.matching.control.ChunkSequence.lock(em); // the write lock, until this test's transaction ends
            applied.add(executor.submit(() -> chunks.apply(health)));
            applied.add(executor.submit(() -> chunks.apply(benefits)));
            long written = 0;
            for (long giveUp = System.nanoTime() + 60_000_000_000L; written < 2 && System.nanoTime() < giveUp; ) {
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // polls the condition below
                em.createNativeQuery("SELECT pg_stat_clear_snapshot()").getResultList(); // else one view per transaction
                written = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT l.pid) FROM pg_locks l JOIN pg_class c "
                        + "ON c.oid = l.relation WHERE c.relname = 'child' AND l.mode = 'RowExclusiveLock' AND l.pid IN ("
                        + "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        + "AND query LIKE '%FROM feed_lock%FOR UPDATE%')").getSingleResult()).longValue();
            }
            return written;
        });
        assertThat(inserting).as("chunks waiting for the write lock that have written their new children").isGreaterThanOrEqualTo(2);
        List<RecordOutcome> outcomes = new ArrayList<>(applied.get(0).get(2, java.util.concurrent.TimeUnit.MINUTES));
        outcomes.addAll(applied.get(1).get(2, java.util.concurrent.TimeUnit.MINUTES));

        assertThat(store.childOf("EARLY-N" + run).id()).isEqualTo(store.childOf("EARLY-D" + run).id());
        assertThat(store.childOf("EARLY-E" + run).id()).isNotEqualTo(store.childOf("EARLY-N" + run).id());
        assertThat(outcomes).containsExactlyInAnyOrder(RecordOutcome.CREATED, RecordOutcome.CREATED, RecordOutcome.LINKED);
    }

    @Test
    void createsThenIgnoresOldVersionsThenLinksByNhsNumber() throws Exception {
        Person p = Person.unique();
        String nhs = nhsNumber();
        String id = "R" + nhs;
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 2, nhs, p, "NG2 7QP")))).containsExactly(RecordOutcome.CREATED);
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 2, nhs, p, "NG2 7QP")))).containsExactly(RecordOutcome.IGNORED);
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 1, nhs, p, "NG2 7QP")))).containsExactly(RecordOutcome.IGNORED);
        assertThat(chunks.apply(List.of(record("LA-CSC", "L" + nhs, 1, nhs, p, null)))).containsExactly(RecordOutcome.LINKED);
        store.inTransaction(em -> {
            List<SourceRecord> sources = em.createQuery("SELECT s FROM SourceRecord s WHERE s.sourceRecordId IN :ids", SourceRecord.class)
                    .setParameter("ids", List.of(id, "L" + nhs)).getResultList();
            assertThat(sources).hasSize(2);
            Child child = sources.get(0).child().orElseThrow();
            assertThat(sources.get(1).child()).contains(child);
            assertThat(child.responsibleAuthority()).map(la -> la.code()).contains("E10000024");
            List<Involvement> involvements = em.createQuery("SELECT i FROM Involvement i WHERE i.child = :c", Involvement.class)
                    .setParameter("c", child).getResultList();
            assertThat(involvements).hasSize(2).allSatisfy(i -> assertThat(i.consent()).isPresent());
            return null;
        });
    }

    @Test
    void aRecordRepeatedWithinOneChunkIsAppliedOnceThenUpdatedByItsLaterVersion() throws Exception {
        Person p = Person.unique();
        String nhs = nhsNumber();
        String id = "Q" + nhs;
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 1, nhs, p, "NG2 7QP"), record("NHS-PDS", id, 1, nhs, p, "NG2 7QP"),
                record("NHS-PDS", id, 2, nhs, p, "LS6 2AA"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.IGNORED, RecordOutcome.LINKED);
        long held = store.inTransaction(em -> em.createQuery("SELECT COUNT(s) FROM SourceRecord s WHERE s.sourceRecordId = :id",
                Long.class).setParameter("id", id).getSingleResult());
        assertThat(held).isEqualTo(1);
        String postcode = store.inTransaction(em -> em.createQuery("SELECT a.address.postcode FROM ChildAddress a WHERE a.child.id = :c "
                + "ORDER BY a.id DESC", String.class).setParameter("c", store.childOf(id).id()).setMaxResults(1).getSingleResult());
        assertThat(postcode).isEqualTo("LS6 2AA");
    }

    @Test
    void postcodeOutsideTheMappingLeavesTheAuthorityUnknown() throws Exception {
        Person p = Person.unique();
        String nhs = nhsNumber();
        assertThat(chunks.apply(List.of(record("NHS-PDS", "W" + nhs, 1, nhs, p, "CF10 1AA")))).containsExactly(RecordOutcome.CREATED);
        Child child = store.inTransaction(em -> {
            Child c = em.createQuery("SELECT s.child FROM SourceRecord s WHERE s.sourceRecordId = :id", Child.class)
                    .setParameter("id", "W" + nhs).getSingleResult();
            assertThat(c.currentAddress()).map(a -> a.address().postcode()).contains("CF10 1AA");
            return c;
        });
        assertThat(child.responsibleAuthority()).isEmpty();
    }

    @Test
    void anotherSourceWithoutIdentifiersIsMatchedDespiteATypoAndANickname() throws Exception {
        Person p = Person.unique();
        String family = p.family();
        String typo = lastTwoLettersSwapped(family);
        String key = "M" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Elizabeth", family, p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // The school has her as Beth with the last two letters of her family name swapped, at the same address.
        assertThat(chunks.apply(List.of(record("SCHOOL-CENSUS", key + "b", 1, "Beth", typo, p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(store.childOf(key + "b").id()).isEqualTo(store.childOf(key + "a").id());
        // her new name is searchable: a key added to those she had, without them being read again
        assertThat(searchKeysInStep(store.childOf(key + "a"))).extracting(ChildSearchKey::givenNorm).containsExactlyInAnyOrder("elizabeth", "beth");
    }

    /** The child's search keys as held, checked to be those its names and address give now. */
    private List<ChildSearchKey> searchKeysInStep(Child child) {
        return store.inTransaction(em -> {
            Child held = em.find(Child.class, child.id());
            List<ChildSearchKey> keys = em.createQuery("SELECT k FROM ChildSearchKey k WHERE k.child = :child", ChildSearchKey.class)
                    .setParameter("child", held).getResultList();
            assertThat(keys).map(ChildSearchKey::values)
                    .containsExactlyInAnyOrderElementsOf(SearchKeys.of(held).stream().map(ChildSearchKey::values).toList());
            return keys;
        });
    }

    @Test
    void namesKeyedTheWrongWayRoundAreReviewedNotMadeANewChildUnnoticed() throws Exception {
        Person p = Person.unique();
        String key = "W" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Olivia", p.family(), p.dob(), null, "NG2 7QP")));
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, p.family(), "Olivia", p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.REVIEW);
        assertThat(reviewsOf(store.childOf(key + "b"))).singleElement().satisfies(r -> {
            assertThat(r.candidate().id()).isEqualTo(store.childOf(key + "a").id());
            assertThat(r.agreements()).contains("given=EXACT", "family=EXACT", "names=SWAPPED");
        });
    }

    @Test
    void twinsAreTwoChildren() throws Exception {
        Person p = Person.unique();
        String key = "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Jessica", p.family(), p.dob(), null, "NG2 7QP"),
                record("NHS-PDS", key + "b", 1, "Harriet", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.CREATED);
        assertThat(store.childOf(key + "a").id()).isNotEqualTo(store.childOf(key + "b").id());
    }

    @Test
    void aBoyAndGirlTwinNamedAlikeIsReviewedNotLinkedWhenNoNumberTellsThemApart() throws Exception {
        Person p = Person.unique();
        String key = "BG" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String home = "12 " + p.family() + " Mill Lane";
        assertThat(chunks.apply(List.of(record(validator, "DFE-SCHOOLS", key + "a", 1, "Louis", "male", p.family(), p.dob(), null,
                home, "NG2 7QP")))).containsExactly(RecordOutcome.CREATED);
        assertThat(chunks.apply(List.of(record(validator, "DFE-SCHOOLS", key + "b", 1, "Louise", "female", p.family(), p.dob(), null,
                home, "NG2 7QP")))).containsExactly(RecordOutcome.REVIEW);
        assertThat(store.childOf(key + "b").id()).isNotEqualTo(store.childOf(key + "a").id());
    }

    @Test
    void twinsSharingAMiddleNameWithNhsNumbersOfTheirOwnAreTwoChildrenAndNobodysReview() throws Exception {
        Person p = Person.unique();
        String key = "TM" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Nelida Julissa", p.family(), p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // the register's record of her twin agrees on everything but the first given name and the NHS number
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "b", 1, "Yon Julissa", p.family(), p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        long reviews = store.inTransaction(em -> em.createQuery("SELECT COUNT(r) FROM MatchReview r WHERE r.child.id = :id",
                Long.class).setParameter("id", store.childOf(key + "b").id()).getSingleResult());
        assertThat(reviews).isZero();

        // with the first twin shielded, a third record like them is reviewed against her and shielded, as ever
        store.inTransaction(em -> {
            em.find(Child.class, store.childOf(key + "a").id()).shield();
            return null;
        });
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "c", 1, "Nelida Julissa", p.family(), p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.REVIEW);
        assertThat(store.childOf(key + "c").isShielded()).isTrue();
    }

    @Test
    void aSchoolsRecordOfATwinSharingHerSistersMiddleNameIsAChildOfHerOwn() throws Exception {
        Person p = Person.unique();
        String key = "TS" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Nelida Julissa", p.family(), p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // her twin's school knows no NHS number: only the middle name and everything but the first name agree
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 1, "Yon Julissa", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        assertThat(store.childOf(key + "b").id()).isNotEqualTo(store.childOf(key + "a").id());
        // and the school's record of the first twin, by her first name alone, is hers
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "c", 1, "Nelida", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(store.childOf(key + "c").id()).isEqualTo(store.childOf(key + "a").id());
    }

    @Test
    void aSchoolsRecordOfOneOfTwinsNamedAlikeLinksToTheTwinWhoseNameItHas() throws Exception {
        Person p = Person.unique();
        String key = "TJ" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Jack", p.family(), p.dob(), nhsNumber(), "NG2 7QP"),
                record("NHS-PDS", key + "b", 1, "Jake", p.family(), p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.CREATED);
        // Jake sounds like Jack: both children would link, and only one has the name the school gives
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "c", 1, "Jake", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(store.childOf(key + "c").id()).isEqualTo(store.childOf(key + "b").id());
    }

    @Test
    void aSchoolsRecordOfATwinWhoseNameOnlySoundsLikeHerHeldSistersIsReviewedNotLinked() throws Exception {
        Person p = Person.unique();
        String key = "TL" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Lola", p.family(), p.dob(), nhsNumber(), "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // Lily sounds like Lola (both LL) and everything else agrees; her own health record has not come yet
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 1, "Lily", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.REVIEW);
        Child lily = store.childOf(key + "b");
        assertThat(lily.id()).isNotEqualTo(store.childOf(key + "a").id());
        assertThat(reviewsOf(lily)).singleElement().satisfies(r -> assertThat(r.candidate().id())
                .isEqualTo(store.childOf(key + "a").id()));
    }

    // A chunk reads its records' candidates before it starts; these three check that what the chunk itself creates
    // or changes is matched as if the records had come one at a time.

    @Test
    void recordsOfOneChildInOneChunkMeetTheChildCreatedEarlierInIt() throws Exception {
        Person p = Person.unique();
        String family = p.family();
        String typo = lastTwoLettersSwapped(family);
        String key = "K" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Elizabeth", family, p.dob(), nhsNumber(), "NG2 7QP"),
                record("SCHOOL-CENSUS", key + "b", 1, "Beth", typo, p.dob(), null, "NG2 7QP"),
                record("NHS-PDS", key + "c", 1, "Harriet", family, p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.LINKED, RecordOutcome.CREATED);
        assertThat(store.childOf(key + "b").id()).isEqualTo(store.childOf(key + "a").id());
        assertThat(store.childOf(key + "c").id()).isNotEqualTo(store.childOf(key + "a").id());
    }

    @Test
    void aChildChangedEarlierInTheChunkIsMatchedAsItIsNowNotAsTheChunkReadIt() throws Exception {
        Person p = Person.unique();
        String family = p.family();
        String typo = lastTwoLettersSwapped(family);
        String key = "C" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String nhs = nhsNumber();
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Elizabeth", family, p.dob(), nhs, "NG2 7QP")));
        // The council moves her to Leeds; the school, at the new address, has her as Beth with a typo. Read before
        // the chunk, she lives in Nottingham and the school's record would only be in doubt.
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, "Elizabeth", family, p.dob(), nhs, "LS6 2AA"),
                record("SCHOOL-CENSUS", key + "c", 1, "Beth", typo, p.dob(), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.LINKED, RecordOutcome.LINKED);
        assertThat(store.childOf(key + "c").id()).isEqualTo(store.childOf(key + "a").id());
        assertThat(searchKeysInStep(store.childOf(key + "a"))).extracting(ChildSearchKey::postcode).containsOnly("LS6 2AA");
    }

    /**
     * Links made from the children read with the chunk (their lists, sources, keys and services): a service the child
     * already has from the same source is not added twice, and the child's keys follow its new home, also for a link
     * after a record in the middle of the chunk that reads on its own.
     */
    @Test
    void linksFromTheChunksReadsAddServicesOnceAndKeepKeysInStepAroundARecordThatReadsOnItsOwn() throws Exception {
        Person p = Person.unique();
        Person q = Person.unique();
        Person r = Person.unique();
        String key = "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String nhsP = nhsNumber();
        String nhsQ = nhsNumber();
        chunks.apply(List.of(record("NHS-PDS", key + "p1", 1, "Elizabeth", p.family(), p.dob(), nhsP, "NG2 7QP"),
                record("NHS-PDS", key + "q1", 1, "Grace", q.family(), q.dob(), nhsQ, "NG2 7QP"),
                record("NHS-PDS", key + "r1", 1, "Megan", r.family(), r.dob(), null, "NG2 7QP")));
        // the health service sends two of them again under new record ids, now in Leeds; between them, a record in doubt
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "p2", 1, "Elizabeth", p.family(), p.dob(), nhsP, "LS6 2AA"),
                record("LA-CSC", key + "r2", 1, "Megan", r.family(), dayOff(r.dob()), null, "LS6 2AA"),
                record("NHS-PDS", key + "q2", 1, "Grace", q.family(), q.dob(), nhsQ, "LS6 2AA"))))
                .containsExactly(RecordOutcome.LINKED, RecordOutcome.REVIEW, RecordOutcome.LINKED);
        for (String first : List.of(key + "p1", key + "q1")) {
            Child child = store.childOf(first);
            List<Involvement> services = store.inTransaction(em -> em.createQuery(
                    "SELECT i FROM Involvement i WHERE i.child.id = :c", Involvement.class).setParameter("c", child.id()).getResultList());
            assertThat(services).as("services of " + first).hasSize(1);
            assertThat(searchKeysInStep(child)).extracting(ChildSearchKey::postcode).containsOnly("LS6 2AA");
        }
        assertThat(store.childOf(key + "q2").id()).isEqualTo(store.childOf(key + "q1").id());
    }

    @Test
    void aChildComingToAHomeShieldedEarlierInTheSameChunkIsShielded() throws Exception {
        String key = "H" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(sheAndHerBrotherMoveToLeeds(key, Person.unique(), List.of()))
                .containsExactly(RecordOutcome.REVIEW, RecordOutcome.CREATED);
    }

    /**
     * Amelia (record {@code key}a) is shielded by her team at NG2 7QP. The family moves to Leeds: a chunk brings,
     * after {@code before}, her record in doubt ({@code key}b) and her brother ({@code key}c), who meets nobody but
     * comes to the same home. Both must be shielded. Returns the chunk's outcomes.
     */
    private List<RecordOutcome> sheAndHerBrotherMoveToLeeds(String key, Person p, List<FeedRecord> before) throws Exception {
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Amelia", p.family(), p.dob(), null, "NG2 7QP")));
        shieldedByTheTeam(key + "a");
        List<FeedRecord> chunk = new ArrayList<>(before);
        chunk.add(record("LA-CSC", key + "b", 1, "Amelia", p.family(), dayOff(p.dob()), null, "LS6 2AA"));
        chunk.add(record("LA-CSC", key + "c", 1, "Oscar", p.family(), p.dob().minusYears(3), null, "LS6 2AA"));
        List<RecordOutcome> outcomes = chunks.apply(chunk);
        assertThat(store.childOf(key + "b").isShielded()).isTrue();
        assertThat(store.childOf(key + "c").isShielded()).isTrue();
        return outcomes;
    }

    /**
     * A chunk applies first the records its reads decide, then those that read on their own. The school's second
     * record reads on its own (it meets the child created earlier in the chunk); its later version, which meets
     * nobody, must still come after it and update it, not make a child of its own.
     */
    @Test
    void aLaterVersionOfARecordLeftToReadOnItsOwnStillComesAfterIt() throws Exception {
        Person p = Person.unique();
        Person q = Person.unique();
        String key = "V" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Elizabeth", p.family(), p.dob(), nhsNumber(), "NG2 7QP"),
                record("SCHOOL-CENSUS", key + "b", 1, "Beth", lastTwoLettersSwapped(p.family()), p.dob(), null, "NG2 7QP"),
                record("SCHOOL-CENSUS", key + "b", 2, "Zara", q.family(), q.dob(), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.LINKED, RecordOutcome.LINKED);
        assertThat(store.childOf(key + "b").id()).isEqualTo(store.childOf(key + "a").id());
    }

    /**
     * The same, for shielding: a record that reads on its own (its key met a child created earlier in the chunk) is
     * in doubt against a shielded child and shielded; her brother, later in the file at the same home but meeting
     * nobody, must come after her and be shielded too.
     */
    @Test
    void aBrotherAtTheHomeOfARecordLeftToReadOnItsOwnIsShieldedAfterIt() throws Exception {
        Person p = Person.unique();
        String key = "B" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(sheAndHerBrotherMoveToLeeds(key, p,
                List.of(record("NHS-PDS", key + "t", 1, "Harriet", p.family(), dayOff(p.dob()), nhsNumber(), "M1 1AA"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.REVIEW, RecordOutcome.CREATED);
        assertThat(reviewsOf(store.childOf(key + "b"))).extracting(r -> r.candidate().id()).contains(store.childOf(key + "a").id());
    }

    @Test
    void anUncertainMatchBecomesAChildOfItsOwnQueuedForItsAuthority() throws Exception {
        Person p = Person.unique();
        String key = "U" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Megan", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        // Same names, the day of birth off by one, another town: not sure.
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, "Megan", p.family(), dayOff(p.dob()), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.REVIEW);
        Child held = store.childOf(key + "a");
        Child queued = store.childOf(key + "b");
        assertThat(queued.id()).isNotEqualTo(held.id());
        assertThat(queued.isShielded()).isFalse();
        List<MatchReview> reviews = reviewsOf(queued);
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.candidate().id()).isEqualTo(held.id());
            assertThat(r.status()).isEqualTo(MatchReview.Status.PENDING);
            assertThat(r.authority()).contains("E10000024");
            assertThat(r.agreements()).contains("given=EXACT").contains("family=EXACT");
        });
    }

    @Test
    void aRecordInDoubtAgainstAShieldedChildIsShieldedAtOnceAndAudited() throws Exception {
        Person p = Person.unique();
        String key = "S" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        assertThat(chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Amelia", p.family(), p.dob(), null, "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        Child shielded = shieldedByTheTeam(key + "a");
        // The family moved: a new address from another source, same names and date of birth, no identifiers.
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, "Amelia", p.family(), dayOff(p.dob()), null,
                "LS6 2AA")))).containsExactly(RecordOutcome.REVIEW);
        Child incoming = store.childOf(key + "b");
        assertThat(incoming.id()).isNotEqualTo(shielded.id());
        assertThat(incoming.isShielded()).isTrue();
        assertThat(reviewsOf(incoming)).singleElement().satisfies(r -> assertThat(r.candidate().id()).isEqualTo(shielded.id()));
        long audited = store.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.targetCpId = :id "
                + "AND e.action = :action", Long.class).setParameter("id", incoming.cpId().value())
                .setParameter("action", FeedChunk.SHIELDED_BY_MATCHING).getSingleResult());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aMistypedGivenNameOfAShieldedChildWithoutAPostcodeMakesNoUnshieldedChild() throws Exception {
        Person p = Person.unique();
        String key = "Y" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Tory", p.family(), p.dob(), null, null)));
        Child shielded = shieldedByTheTeam(key + "a");
        // The school has her as "Tfry", with the postcode health never had: no household check can see her home.
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 1, "Tfry", p.family(), p.dob(), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.REVIEW);
        reviewedAndShieldedAgainst(key + "b", shielded);
    }

    @Test
    void bothNamesMistypedAgainstAShieldedChildWithoutAPostcodeMakeNoUnshieldedChild() throws Exception {
        Person p = Person.unique();
        String key = "W" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Andrew", p.family(), p.dob(), null, null)));
        Child shielded = shieldedByTheTeam(key + "a");
        // The school has "Adnrew" and a family name with its fifth letter wrong: neither sounds as health's does, and
        // health has no postcode, so only the shielded children born that day can meet him (seen at a million children).
        String mistyped = p.family().substring(0, 4) + "f" + p.family().substring(5);
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 1, "Adnrew", mistyped, p.dob(), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.REVIEW);
        reviewedAndShieldedAgainst(key + "b", shielded);
    }

    @Test
    void anotherFamilysChildSharingAMiddleNameAndBirthdayWithAShieldedChildIsNotReviewed() throws Exception {
        Person p = Person.unique();
        String key = "M" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Eleanor Ila", p.family(), p.dob(), null, "NG2 7QP")));
        shieldedByTheTeam(key + "a");
        // "Ila" of another family at another address, born the same day: met only as a shielded child born that day
        String otherFamily = "Wox" + p.family().substring(3).toLowerCase();
        assertThat(chunks.apply(List.of(record("DFE-SCHOOLS", key + "b", 1, "Ila", otherFamily, p.dob(), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.CREATED);
        Child incoming = store.childOf(key + "b");
        assertThat(incoming.isShielded()).isFalse();
        assertThat(reviewsOf(incoming)).isEmpty();
    }

    @Test
    void aClearMatchIsNotLinkedWhileAShieldedChildIsInDoubt() throws Exception {
        Person p = Person.unique();
        String key = "D" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String nhs = nhsNumber();
        // An unshielded child with this NHS number and a shielded child with the same names and date of birth.
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Sophie", p.family(), p.dob().minusYears(1), nhs, "LS6 2AA"),
                record("LA-CSC", key + "s", 1, "Sophie", p.family(), p.dob(), null, "NG2 7QP")));
        Child shielded = shieldedByTheTeam(key + "s");
        assertThat(chunks.apply(List.of(record("SCHOOL-CENSUS", key + "b", 1, "Sophie", p.family(), p.dob(), nhs, "NG2 7QP"))))
                .containsExactly(RecordOutcome.REVIEW);
        Child incoming = reviewedAndShieldedAgainst(key + "b", shielded);
        assertThat(incoming.id()).isNotIn(shielded.id(), store.childOf(key + "a").id());
    }

    @Test
    void aLaterVersionOfARecordInReviewUpdatesItsOwnChildWithoutAnotherReview() throws Exception {
        Person p = Person.unique();
        String key = "V" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        chunks.apply(List.of(record("NHS-PDS", key + "a", 1, "Chloe", p.family(), p.dob(), null, "NG2 7QP")));
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 1, "Chloe", p.family(), dayOff(p.dob()), null, "LS6 2AA"))))
                .containsExactly(RecordOutcome.REVIEW);
        Child queued = store.childOf(key + "b");
        assertThat(chunks.apply(List.of(record("LA-CSC", key + "b", 2, "Chloe", p.family(), dayOff(p.dob()), null, "LS6 2AB"))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(store.childOf(key + "b").id()).isEqualTo(queued.id());
        assertThat(reviewsOf(queued)).hasSize(1);
    }

    @Test
    void contactPointIdsAreValidAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ContactPointId id = store.inTransaction(em -> ids.next());
            assertThat(ContactPointId.isValid(id.value())).isTrue();
            assertThat(seen.add(id.value())).isTrue();
        }
    }
}
