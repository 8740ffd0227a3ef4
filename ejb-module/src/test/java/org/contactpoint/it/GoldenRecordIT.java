package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.OtherName;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.control.FeedBatchStore;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.control.FeedLineParser;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.matching.control.Merging;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The golden record in Payara: a child's identity is its most trusted source's per field, its address the latest
 * one said; every source record keeps what it said (provenance); merge and unmerge choose again and put back.
 */
@ExtendWith(ArquillianExtension.class)
class GoldenRecordIT {

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
    Merging merging;

    @Inject
    FeedBatchStore batches;

    private FeedRecord record(String source, String id, int version, String nhs, String given, String family,
                              LocalDate dob, String line1, String postcode) throws Exception {
        return new FeedLineParser(validator).parse(line(source, id, version, nhs, given, family, dob, line1, postcode), 1).record();
    }

    private static String line(String source, String id, int version, String nhs, String given, String family,
                               LocalDate dob, String line1, String postcode) {
        return """
                {"sourceSystem":"%s","sourceRecordId":"%s","recordVersion":%d,"identifiers":{%s},\
                "givenNames":"%s","familyName":"%s","dateOfBirth":"%s","gender":"female",\
                "address":{"line1":"%s","town":"Somewhere","postcode":"%s"}}"""
                .formatted(source, id, version, nhs == null ? "" : "\"NHS\":\"" + nhs + "\"", given, family, dob, line1, postcode);
    }

    /** Sophie, from the health feed at this address, shielded by her team. */
    private void sophieShielded(FeedPathIT.Person p, String nhs, String line1, String postcode) throws Exception {
        chunks.apply(List.of(record("NHS-PDS", "S" + nhs, 1, nhs, "Sophie", p.family(), p.dob(), line1, postcode)));
        Child shieldedChild = childOf("S" + nhs);
        store.inTransaction(em -> {
            em.find(Child.class, shieldedChild.id()).shield();
            return null;
        });
    }

    private Child childOf(String sourceRecordId) {
        return store.inTransaction(em -> {
            Child child = em.createQuery("SELECT s.child FROM SourceRecord s WHERE s.sourceRecordId = :id", Child.class)
                    .setParameter("id", sourceRecordId).getSingleResult();
            child.otherNames().size();
            child.addresses().size();
            return child;
        });
    }

    private static List<String> otherGivenNames(Child child) {
        return child.otherNames().stream().map(OtherName::givenNames).toList();
    }

    @Test
    void theMostTrustedSourceNamesTheChildWhicheverArrivesFirstAndEachSourceKeepsWhatItSaid() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        assertThat(chunks.apply(List.of(record("DWP-CB", "D" + nhs, 1, nhs, "Livvy", p.family(), p.dob(), "12 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.CREATED);
        assertThat(childOf("D" + nhs).givenNames()).isEqualTo("Livvy");

        assertThat(chunks.apply(List.of(record("NHS-PDS", "N" + nhs, 1, nhs, "Olivia", p.family(), p.dob(), "12 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.LINKED);
        Child child = childOf("N" + nhs);
        assertThat(child.givenNames()).isEqualTo("Olivia");
        assertThat(otherGivenNames(child)).contains("Livvy");

        // A later, less trusted source does not rename her; its name is kept as one she is known by.
        assertThat(chunks.apply(List.of(record("LA-CSC", "L" + nhs, 1, nhs, "Liv", p.family(), p.dob(), "12 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.LINKED);
        child = childOf("L" + nhs);
        assertThat(child.givenNames()).isEqualTo("Olivia");
        assertThat(otherGivenNames(child)).contains("Livvy", "Liv");

        List<SourceRecord> said = store.inTransaction(em -> em.createQuery(
                        "SELECT s FROM SourceRecord s WHERE s.child.id = :child ORDER BY s.id", SourceRecord.class)
                .setParameter("child", childOf("N" + nhs).id()).getResultList());
        assertThat(said).extracting(SourceRecord::sourceSystem, s -> s.givenNames().orElseThrow(), s -> s.dateOfBirth().orElseThrow())
                .containsExactly(tuple("DWP-CB", "Livvy", p.dob()), tuple("NHS-PDS", "Olivia", p.dob()), tuple("LA-CSC", "Liv", p.dob()));
        assertThat(said).allSatisfy(s -> assertThat(s.receivedAt()).isNotNull());
    }

    @Test
    void theLatestAddressSaidIsWhereTheChildLivesAndItsAuthorityFollows() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        chunks.apply(List.of(record("NHS-PDS", "N" + nhs, 1, nhs, "Olivia", p.family(), p.dob(), "12 " + p.family() + " Mill Lane", "NG2 7QP")));
        assertThat(chunks.apply(List.of(record("LA-CSC", "L" + nhs, 1, nhs, "Olivia", p.family(), p.dob(), "4 Moor Road", "LS1 4AP"))))
                .containsExactly(RecordOutcome.LINKED);
        Child moved = childOf("N" + nhs);
        assertThat(moved.currentAddress()).map(a -> a.address().line1()).contains("4 Moor Road");
        assertThat(moved.responsibleAuthority()).map(la -> la.code()).contains("E08000035");
        assertThat(moved.addresses()).hasSize(2);

        // The health record, sent again with its old address, is ignored: a replay never moves a child back.
        assertThat(chunks.apply(List.of(record("NHS-PDS", "N" + nhs, 1, nhs, "Olivia", p.family(), p.dob(), "12 " + p.family() + " Mill Lane", "NG2 7QP"))))
                .containsExactly(RecordOutcome.IGNORED);
        assertThat(childOf("N" + nhs).currentAddress()).map(a -> a.address().line1()).contains("4 Moor Road");
    }

    @Test
    void aMergeTakesTheMostTrustedIdentityOfBothAndAnUnmergeGivesEachItsOwnBack() throws Exception {
        FeedPathIT.Person held = FeedPathIT.Person.unique();
        FeedPathIT.Person other = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        chunks.apply(List.of(record("LA-CSC", "L" + nhs, 1, null, "Livvy", held.family(), held.dob(), "12 " + held.family() + " Mill Lane", "NG2 7QP")));
        chunks.apply(List.of(record("NHS-PDS", "N" + nhs, 1, nhs, "Olivia", other.family(), other.dob(), "4 Moor Road", "LS1 4AP")));
        Child survivor = childOf("L" + nhs);
        Child merged = childOf("N" + nhs);
        assertThat(survivor.id()).isNotEqualTo(merged.id());

        store.inTransaction(em -> merging.merge(survivor, merged, null, "la.manager", Instant.now()));
        Child joined = childOf("N" + nhs);
        assertThat(joined.id()).isEqualTo(survivor.id());
        assertThat(joined.givenNames()).isEqualTo("Olivia");
        assertThat(joined.familyName()).isEqualTo(other.family());
        assertThat(joined.dateOfBirth()).isEqualTo(other.dob());
        assertThat(otherGivenNames(joined)).contains("Livvy");
        // A merge leaves the survivor's address history as it was: an unmerge must not leave the other's address.
        assertThat(joined.addresses()).extracting(a -> a.address().line1()).containsExactly("12 " + held.family() + " Mill Lane");

        store.inTransaction(em -> merging.unmerge(em.find(Child.class, merged.id()), "la.manager", Instant.now()));
        Child parted = childOf("L" + nhs);
        assertThat(parted.givenNames()).isEqualTo("Livvy");
        assertThat(parted.familyName()).isEqualTo(held.family());
        assertThat(parted.dateOfBirth()).isEqualTo(held.dob());
        assertThat(otherGivenNames(parted)).doesNotContain("Olivia", "Livvy");
        Child own = childOf("N" + nhs);
        assertThat(own.id()).isEqualTo(merged.id());
        assertThat(own.givenNames()).isEqualTo("Olivia");
    }

    /**
     * A wrong merge undone after the merged record's source sent a later version: the parent, service and consent that
     * version added to the survivor go back with the record, and the survivor keeps none of them; the new address it
     * gave the survivor becomes the record's, and the survivor lives where its own source says again.
     */
    @Test
    void anUnmergeTakesBackWhatTheMergedRecordsSourceAddedWhileMerged() throws Exception {
        FeedPathIT.Person held = FeedPathIT.Person.unique();
        FeedPathIT.Person other = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        chunks.apply(List.of(record("LA-CSC", "L" + nhs, 1, null, "Livvy", held.family(), held.dob(), "12 Mill Lane", "NG2 7QP")));
        chunks.apply(List.of(record("NHS-PDS", "N" + nhs, 1, nhs, "Olivia", other.family(), other.dob(), "4 Moor Road", "LS1 4AP")));
        Child survivor = childOf("L" + nhs);
        Child merged = childOf("N" + nhs);
        store.inTransaction(em -> merging.merge(survivor, merged, null, "la.manager", Instant.now()));

        String later = line("NHS-PDS", "N" + nhs, 2, nhs, "Olivia", other.family(), other.dob(), "9 New Street", "LS2 7EY");
        String withContacts = later.substring(0, later.lastIndexOf('}')) + ",\"parentsCarers\":[{\"name\":\"Zara Quill\","
                + "\"relationship\":\"mother\",\"parentalResponsibility\":true}],\"involvements\":[{\"serviceType\":"
                + "\"sexual-health\",\"serviceName\":\"Notts Sexual Health\",\"from\":\"2026-01-05\",\"consent\":{\"givenBy\":"
                + "\"young-person\",\"givenByName\":\"Olivia\",\"recordedAt\":\"2026-01-05T10:00:00Z\"}}]}";
        assertThat(chunks.apply(List.of(new FeedLineParser(validator).parse(withContacts, 1).record())))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(contactsOf(survivor.id())).as("while merged").containsExactlyInAnyOrder("parent Zara Quill",
                "service Notts Sexual Health", "consent SEXUAL_HEALTH");
        assertThat(childOf("L" + nhs).currentAddress()).as("the latest address said, while merged")
                .map(a -> a.address().line1()).contains("9 New Street");

        store.inTransaction(em -> merging.unmerge(em.find(Child.class, merged.id()), "la.manager", Instant.now()));
        assertThat(contactsOf(survivor.id())).as("the survivor's after the unmerge").isEmpty();
        assertThat(contactsOf(merged.id())).as("the record's own again").containsExactlyInAnyOrder("parent Zara Quill",
                "service Notts Sexual Health", "consent SEXUAL_HEALTH");
        assertThat(childOf("L" + nhs).currentAddress()).as("the survivor's home, as its own source says")
                .map(a -> a.address().line1()).contains("12 Mill Lane");
        assertThat(childOf("N" + nhs).currentAddress()).as("the record's home, as its source said while merged")
                .map(a -> a.address().line1()).contains("9 New Street");
    }

    @Test
    void aLaterVersionSaysHowItsServiceAndParentStandNowAndAnotherSourceDoesNotChangeThem() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        java.util.function.BiFunction<Integer, String, String> health = (version, said) -> {
            String line = line("NHS-PDS", "N" + nhs, version, nhs, "Olivia", p.family(), p.dob(), "12 Mill Lane", "NG2 7QP");
            return line.substring(0, line.lastIndexOf('}')) + said + "}";
        };
        String asFirstSaid = ",\"parentsCarers\":[{\"name\":\"Emma Quill\",\"relationship\":\"mother\","
                + "\"parentalResponsibility\":true,\"phone\":\"0115 496 0000\"}],\"involvements\":[{\"serviceType\":"
                + "\"youth-offending\",\"serviceName\":\"Notts YOT\",\"practitionerName\":\"J. Patel\",\"phone\":"
                + "\"0115 496 0001\",\"from\":\"2024-01-10\",\"leadProfessional\":true}]";
        String asNow = asFirstSaid.replace("0115 496 0000", "0115 496 0999").replace("J. Patel", "K. Shah")
                .replace("\"leadProfessional\":true", "\"to\":\"2025-06-30\",\"leadProfessional\":false");
        assertThat(chunks.apply(List.of(parse(health.apply(1, asFirstSaid))))).containsExactly(RecordOutcome.CREATED);
        long childId = childOf("N" + nhs).id();
        assertThat(serviceAndParent(childId)).containsExactly("J. Patel", null, true, "0115 496 0000");

        assertThat(chunks.apply(List.of(parse(health.apply(2, asNow))))).containsExactly(RecordOutcome.LINKED);
        assertThat(serviceAndParent(childId)).as("ended, with its last practitioner; the mother's new phone")
                .containsExactly("K. Shah", LocalDate.of(2025, 6, 30), false, "0115 496 0999");
        long serviceVersion = serviceVersion(childId);

        // the same again changes nothing; another source naming the same mother does not change her phone
        assertThat(chunks.apply(List.of(parse(health.apply(3, asNow))))).containsExactly(RecordOutcome.LINKED);
        String school = line("DFE-SCHOOLS", "D" + nhs, 1, nhs, "Olivia", p.family(), p.dob(), "12 Mill Lane", "NG2 7QP");
        assertThat(chunks.apply(List.of(parse(school.substring(0, school.lastIndexOf('}')) + ",\"parentsCarers\":[{\"name\":"
                + "\"Emma Quill\",\"relationship\":\"mother\",\"parentalResponsibility\":true,\"phone\":\"07700 900000\"}]}"))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(serviceAndParent(childId)).containsExactly("K. Shah", LocalDate.of(2025, 6, 30), false, "0115 496 0999");
        assertThat(serviceVersion(childId)).as("a repeat is no update").isEqualTo(serviceVersion);
        assertThat(contactsOf(childId)).as("each source's word on her, the first shown")
                .containsExactlyInAnyOrder("parent Emma Quill", "parent Emma Quill", "service Notts YOT");

        // the health service no longer names her: its word goes, the school's stays and is what the record shows
        assertThat(chunks.apply(List.of(parse(health.apply(4, asNow.substring(asNow.indexOf(",\"involvements\"")))))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(contactsOf(childId)).containsExactlyInAnyOrder("parent Emma Quill", "service Notts YOT");
        assertThat(serviceAndParent(childId)).containsExactly("K. Shah", LocalDate.of(2025, 6, 30), false, "07700 900000");
    }

    @Test
    void aParentALaterVersionLeavesOutIsTakenOffOnlyAWholeVersionWithdraws() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String mother = "{\"name\":\"Emma Quill\",\"relationship\":\"mother\",\"parentalResponsibility\":true}";
        String carer = "{\"name\":\"Ann Quill\",\"relationship\":\"foster carer\",\"parentalResponsibility\":false}";
        String camhs = "{\"serviceType\":\"mental-health\",\"serviceName\":\"Notts CAMHS\",\"from\":\"2024-01-10\"}";
        java.util.function.BiFunction<Integer, String, String> health = (version, parents) -> {
            String line = line("NHS-PDS", "N" + nhs, version, nhs, "Olivia", p.family(), p.dob(), "12 Mill Lane", "NG2 7QP");
            return line.substring(0, line.lastIndexOf('}')) + ",\"parentsCarers\":[" + parents + "],\"involvements\":["
                    + camhs + "]}";
        };
        assertThat(chunks.apply(List.of(parse(health.apply(1, mother + "," + carer))))).containsExactly(RecordOutcome.CREATED);
        long childId = childOf("N" + nhs).id();

        // a version with a part dropped as bad input (a sensitive service sent without its consent) withdraws nothing
        var parsed = new FeedLineParser(validator).parse(health.apply(2, mother), 1);
        assertThat(parsed.dropped()).extracting(problem -> problem.field()).containsExactly("involvements[0].consent");
        chunks.applyLines(batches.create("NHS-PDS", "system.nhs-pds"), List.of(new FeedChunk.BatchLine(1, "N" + nhs,
                parsed.record(), parsed.dropped().get(0))));
        assertThat(contactsOf(childId)).containsExactlyInAnyOrder("parent Emma Quill", "parent Ann Quill");

        assertThat(chunks.apply(List.of(parse(health.apply(3, mother).replace(",\"involvements\":[" + camhs + "]", "")))))
                .containsExactly(RecordOutcome.LINKED);
        assertThat(contactsOf(childId)).as("the foster carer is no longer said").containsExactly("parent Emma Quill");
    }

    @Test
    void aServiceALaterVersionLeavesOutIsTakenOffTheChildAndItsConsentWithdrawnOtherSourcesServicesStay() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String camhs = "{\"serviceType\":\"mental-health\",\"serviceName\":\"Notts CAMHS\",\"from\":\"2024-01-10\","
                + "\"consent\":{\"givenBy\":\"young-person\",\"givenByName\":\"Olivia Quill\",\"recordedAt\":\"2024-01-09T10:00:00Z\"}}";
        String nursing = "{\"serviceType\":\"school-nursing\",\"serviceName\":\"Notts School Nursing\",\"from\":\"2024-02-01\"}";
        java.util.function.BiFunction<Integer, String, String> health = (version, services) -> {
            String line = line("NHS-PDS", "N" + nhs, version, nhs, "Olivia", p.family(), p.dob(), "12 Mill Lane", "NG2 7QP");
            return line.substring(0, line.lastIndexOf('}')) + ",\"involvements\":[" + services + "]}";
        };
        String council = line("LA-CSC", "L" + nhs, 1, nhs, "Olivia", p.family(), p.dob(), "12 Mill Lane", "NG2 7QP");
        assertThat(chunks.apply(List.of(parse(health.apply(1, camhs + "," + nursing)),
                parse(council.substring(0, council.lastIndexOf('}')) + ",\"involvements\":[{\"serviceType\":\"youth-offending\","
                        + "\"serviceName\":\"Notts YOT\",\"from\":\"2024-03-01\"}]}"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.LINKED);
        long childId = childOf("N" + nhs).id();
        assertThat(contactsOf(childId)).containsExactlyInAnyOrder("service Notts CAMHS", "service Notts School Nursing",
                "service Notts YOT", "consent MENTAL_HEALTH");

        // a version sending the service without its consent has that part dropped, as bad input: it withdraws nothing
        String unconsented = camhs.substring(0, camhs.indexOf(",\"consent\"")) + "}";
        var parsed = new FeedLineParser(validator).parse(health.apply(2, unconsented + "," + nursing), 1);
        assertThat(parsed.dropped()).extracting(problem -> problem.field()).containsExactly("involvements[0].consent");
        chunks.applyLines(batches.create("NHS-PDS", "system.nhs-pds"), List.of(new FeedChunk.BatchLine(1, "N" + nhs,
                parsed.record(), parsed.dropped().get(0))));
        assertThat(contactsOf(childId)).containsExactlyInAnyOrder("service Notts CAMHS", "service Notts School Nursing",
                "service Notts YOT", "consent MENTAL_HEALTH");
        assertThat(withdrawnBy(childId)).isNull();

        // the young person withdrew her consent: the health service no longer sends the service
        assertThat(chunks.apply(List.of(parse(health.apply(3, nursing))))).containsExactly(RecordOutcome.LINKED);
        assertThat(contactsOf(childId)).as("the consent stays, withdrawn, as the history of what was consented to")
                .containsExactlyInAnyOrder("service Notts School Nursing", "service Notts YOT", "consent MENTAL_HEALTH");
        assertThat(withdrawnBy(childId)).isEqualTo("NHS-PDS");

        // a version with no services at all leaves only the council's
        assertThat(chunks.apply(List.of(parse(health.apply(4, ""))))).containsExactly(RecordOutcome.LINKED);
        assertThat(contactsOf(childId)).containsExactlyInAnyOrder("service Notts YOT", "consent MENTAL_HEALTH");
    }

    @Test
    void aMergedRecordsLaterVersionRestatesTheParentItSaidNotTheSurvivorsAndTheUnmergeTakesItBack() throws Exception {
        MergedWithMother m = mergedWithMother("0113 496 0000");

        assertThat(chunks.apply(List.of(parse(m.healthLine().apply(2, "0113 496 0999"))))).containsExactly(RecordOutcome.LINKED);
        assertThat(mothersPhones(m.survivor().id())).as("each record's mother as its own source says, while merged")
                .containsExactly("0115 496 0000", "0113 496 0999");

        store.inTransaction(em -> merging.unmerge(em.find(Child.class, m.mergedRecord().id()), "la.manager", Instant.now()));
        assertThat(mothersPhones(m.survivor().id())).containsExactly("0115 496 0000");
        assertThat(mothersPhones(m.mergedRecord().id())).containsExactly("0113 496 0999");
    }

    @Test
    void aParentTheMergedRecordsSourceNamesWhileMergedThatTheSurvivorHasAlreadyGoesBackWithItAtTheUnmerge() throws Exception {
        MergedWithMother m = mergedWithMother(null);

        assertThat(chunks.apply(List.of(parse(m.healthLine().apply(2, "0113 496 0999"))))).containsExactly(RecordOutcome.LINKED);
        store.inTransaction(em -> merging.unmerge(em.find(Child.class, m.mergedRecord().id()), "la.manager", Instant.now()));
        assertThat(mothersPhones(m.survivor().id())).containsExactly("0115 496 0000");
        assertThat(mothersPhones(m.mergedRecord().id())).as("the mother the record's source named while merged")
                .containsExactly("0113 496 0999");
    }

    /**
     * A council record naming the mother Emma Quill (0115 496 0000) and the health record merged into it.
     *
     * @param healthLine the health record's line of a version, naming the mother with a phone (no parent when null)
     */
    private record MergedWithMother(Child survivor, Child mergedRecord,
                                    java.util.function.BiFunction<Integer, String, String> healthLine) {
    }

    /** The health record of another child, its version 1 naming the mother with this phone (none when null), merged. */
    private MergedWithMother mergedWithMother(String firstPhone) throws Exception {
        FeedPathIT.Person held = FeedPathIT.Person.unique();
        FeedPathIT.Person other = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String mother = ",\"parentsCarers\":[{\"name\":\"Emma Quill\",\"relationship\":\"mother\","
                + "\"parentalResponsibility\":true,\"phone\":\"%s\"}]";
        String survivorLine = line("LA-CSC", "L" + nhs, 1, null, "Livvy", held.family(), held.dob(), "12 Mill Lane", "NG2 7QP");
        java.util.function.BiFunction<Integer, String, String> health = (version, phone) -> {
            String l = line("NHS-PDS", "N" + nhs, version, nhs, "Olivia", other.family(), other.dob(), "4 Moor Road", "LS1 4AP");
            return phone == null ? l : l.substring(0, l.lastIndexOf('}')) + mother.formatted(phone) + "}";
        };
        chunks.apply(List.of(parse(survivorLine.substring(0, survivorLine.lastIndexOf('}')) + mother.formatted("0115 496 0000") + "}")));
        chunks.apply(List.of(parse(health.apply(1, firstPhone))));
        Child survivor = childOf("L" + nhs);
        Child mergedRecord = childOf("N" + nhs);
        store.inTransaction(em -> merging.merge(survivor, mergedRecord, null, "la.manager", Instant.now()));
        return new MergedWithMother(survivor, mergedRecord, health);
    }

    private List<String> mothersPhones(long childId) {
        return store.inTransaction(em -> em.createQuery("SELECT p.contact.phone FROM ParentCarer p WHERE p.child.id = :id "
                + "ORDER BY p.id", String.class).setParameter("id", childId).getResultList());
    }

    private FeedRecord parse(String line) throws Exception {
        return new FeedLineParser(validator).parse(line, 1).record();
    }

    /** The child's one service (practitioner, end, lead) and its parent's phone as the record shows it (the first said). */
    private List<Object> serviceAndParent(long childId) {
        return store.inTransaction(em -> {
            Object[] service = (Object[]) em.createQuery("SELECT v.practitionerName, v.to, v.leadProfessional FROM Involvement v "
                    + "WHERE v.child.id = :id").setParameter("id", childId).getSingleResult();
            String phone = em.createQuery("SELECT p.contact.phone FROM ParentCarer p WHERE p.child.id = :id ORDER BY p.id",
                    String.class).setParameter("id", childId).setMaxResults(1).getSingleResult();
            return java.util.Arrays.asList(service[0], service[1], service[2], phone);
        });
    }

    /** Who withdrew the child's one consent; null while it stands. */
    private String withdrawnBy(long childId) {
        return store.inTransaction(em -> em.createQuery("SELECT c.withdrawnBy FROM Consent c WHERE c.child.id = :id",
                String.class).setParameter("id", childId).getSingleResult());
    }

    private long serviceVersion(long childId) {
        return store.inTransaction(em -> em.createQuery("SELECT v.version FROM Involvement v WHERE v.child.id = :id", Long.class)
                .setParameter("id", childId).getSingleResult());
    }

    /** The child's parents, services and consents, read afresh. */
    private List<String> contactsOf(long childId) {
        return store.inTransaction(em -> {
            List<String> contacts = new java.util.ArrayList<>();
            em.createQuery("SELECT p.name FROM ParentCarer p WHERE p.child.id = :id", String.class).setParameter("id", childId)
                    .getResultList().forEach(name -> contacts.add("parent " + name));
            em.createQuery("SELECT v.serviceName FROM Involvement v WHERE v.child.id = :id", String.class).setParameter("id", childId)
                    .getResultList().forEach(name -> contacts.add("service " + name));
            em.createQuery("SELECT c.scope FROM Consent c WHERE c.child.id = :id", Object.class).setParameter("id", childId)
                    .getResultList().forEach(scope -> contacts.add("consent " + scope));
            return contacts;
        });
    }

    @Test
    void aChildComingToLiveInAShieldedChildsHomeIsShieldedAndAudited() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String home = p.family().length() + " Refuge Close, Flat " + p.dob().getDayOfYear();
        sophieShielded(p, nhs, home, "NG18 1AA");

        // Her twin, her neighbour in the same postcode and a cousin who later moves in.
        String twin = FeedPathIT.nhsNumber();
        String neighbour = FeedPathIT.nhsNumber();
        String cousin = FeedPathIT.nhsNumber();
        assertThat(chunks.apply(List.of(
                record("NHS-PDS", "T" + twin, 1, twin, "Harriet", p.family(), p.dob(), home.toUpperCase(), "NG18 1AA"),
                record("NHS-PDS", "N" + neighbour, 1, neighbour, "Ruby", "Oakes" + p.family(), p.dob().minusYears(2),
                        "1 Other Street", "NG18 1AA"),
                record("NHS-PDS", "C" + cousin, 1, cousin, "Isla", "Grant" + p.family(), p.dob().minusYears(1),
                        "3 Far Away Road", "LS1 4AP"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.CREATED, RecordOutcome.CREATED);
        assertThat(childOf("T" + twin).isShielded()).isTrue();
        assertThat(childOf("N" + neighbour).isShielded()).isFalse();
        assertThat(childOf("C" + cousin).isShielded()).isFalse();

        assertThat(chunks.apply(List.of(record("NHS-PDS", "C" + cousin, 2, cousin, "Isla", "Grant" + p.family(),
                p.dob().minusYears(1), home, "NG18 1AA")))).containsExactly(RecordOutcome.LINKED);
        assertThat(childOf("C" + cousin).isShielded()).isTrue();

        long audited = store.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.targetCpId IN :ids "
                        + "AND e.action = :action", Long.class)
                .setParameter("ids", List.of(childOf("T" + twin).cpId().value(), childOf("C" + cousin).cpId().value()))
                .setParameter("action", FeedChunk.SHIELDED_BY_MATCHING).getSingleResult());
        assertThat(audited).isEqualTo(2);
    }

    /**
     * A shielded girl's new address from the health feed is her step-sister's home: the step-sister, already living
     * there, and a brother whose record comes in the same chunk are shielded, audited without the address; a
     * neighbour at another house of the postcode is not. Their records would otherwise show where she lives.
     */
    @Test
    void aShieldedChildComingToLiveInAHomeShieldsTheChildrenAlreadyLivingThere() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        sophieShielded(p, nhs, "4 Old Road", "LS1 4AP");
        String home = p.family().length() + " Harbour View, Flat " + p.dob().getDayOfYear();
        String stepSister = FeedPathIT.nhsNumber();
        String neighbour = FeedPathIT.nhsNumber();
        String brother = FeedPathIT.nhsNumber();
        chunks.apply(List.of(
                record("NHS-PDS", "T" + stepSister, 1, stepSister, "Maisie", "Ward" + p.family(), p.dob().minusYears(3), home, "NG18 2BB"),
                record("NHS-PDS", "N" + neighbour, 1, neighbour, "Ruby", "Oakes" + p.family(), p.dob(), "1 Other Street", "NG18 2BB")));
        assertThat(childOf("T" + stepSister).isShielded()).as("nobody shielded lives there yet").isFalse();

        assertThat(chunks.apply(List.of(
                record("NHS-PDS", "B" + brother, 1, brother, "Oscar", p.family(), p.dob().plusYears(1), home.toUpperCase(), "NG18 2BB"),
                record("NHS-PDS", "S" + nhs, 2, nhs, "Sophie", p.family(), p.dob(), home, "NG18 2BB"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.LINKED);

        assertThat(childOf("T" + stepSister).isShielded()).as("living there before her").isTrue();
        assertThat(childOf("B" + brother).isShielded()).as("arriving in the same chunk, before her record").isTrue();
        assertThat(childOf("N" + neighbour).isShielded()).as("another house").isFalse();
        List<String> audited = store.inTransaction(em -> em.createQuery("SELECT e FROM AuditEvent e WHERE e.targetCpId IN :ids "
                        + "AND e.action = :action", AuditEvent.class)
                .setParameter("ids", List.of(childOf("T" + stepSister).cpId().value(), childOf("B" + brother).cpId().value()))
                .setParameter("action", FeedChunk.SHIELDED_BY_MATCHING).getResultList().stream()
                .map(e -> e.parameters().orElse("")).toList());
        assertThat(audited).hasSize(2).allSatisfy(params -> assertThat(params).doesNotContainIgnoringCase("Harbour")
                .doesNotContain("NG18").doesNotContainIgnoringCase(p.family()));
    }

    /**
     * The same when her new home comes from another source's first record, linked by her NHS number with the chunk's
     * own reads, after a brother's record created him there earlier in the chunk: his rows are written before anyone
     * living there is looked for, so he is found and shielded.
     */
    @Test
    void aShieldedChildLinkedToAHomeFromAnotherSourceShieldsABrotherCreatedThereEarlierInTheChunk() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        sophieShielded(p, nhs, "4 Old Road", "LS1 4AP");
        String home = p.family().length() + " Quayside, Flat " + p.dob().getDayOfYear();
        String brother = FeedPathIT.nhsNumber();

        assertThat(chunks.apply(List.of(
                record("NHS-PDS", "B" + brother, 1, brother, "Oscar", p.family(), p.dob().plusYears(1), home, "NG17 1AA"),
                record("DWP-CB", "D" + nhs, 1, nhs, "Sophie", p.family(), p.dob(), home, "NG17 1AA"))))
                .containsExactly(RecordOutcome.CREATED, RecordOutcome.LINKED);

        assertThat(childOf("S" + nhs).currentAddress()).map(a -> a.address().postcode()).contains("NG17 1AA");
        assertThat(childOf("B" + brother).isShielded()).as("created in her new home earlier in the chunk").isTrue();
    }

    /** A survivor shielded by its merge with a shielded record shields the brother living in its home. */
    @Test
    void aMergeThatShieldsTheSurvivorShieldsTheChildrenLivingInItsHome() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        FeedPathIT.Person asHealthHasHer = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String brother = FeedPathIT.nhsNumber();
        String home = "21 " + p.family() + " Street";
        chunks.apply(List.of(
                record("LA-CSC", "L" + nhs, 1, null, "Livvy", p.family(), p.dob(), home, "NG2 7QP"),
                record("NHS-PDS", "B" + brother, 1, brother, "Oscar", p.family(), p.dob().minusYears(2), home, "NG2 7QP"),
                record("NHS-PDS", "N" + nhs, 1, nhs, "Olivia", asHealthHasHer.family(), asHealthHasHer.dob(), "4 Moor Road",
                        "LS1 4AP")));
        Child shielded = childOf("N" + nhs);
        store.inTransaction(em -> {
            em.find(Child.class, shielded.id()).shield();
            return null;
        });
        assertThat(childOf("B" + brother).isShielded()).isFalse();

        Merging.Merge merge = store.inTransaction(em -> merging.merge(childOf("L" + nhs), shielded, null, "la.manager", Instant.now()));

        assertThat(childOf("L" + nhs).isShielded()).isTrue();
        assertThat(childOf("B" + brother).isShielded()).as("living in the survivor's home").isTrue();
        assertThat(merge.housematesShielded()).extracting(c -> c.cpId().value()).containsExactly(childOf("B" + brother).cpId().value());
    }
}
