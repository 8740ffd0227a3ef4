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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The interim feed path (exact source identifiers only) and ContactPoint ID allocation, in Payara. */
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

    private FeedRecord record(String source, String id, int version, String nhs, String postcode) throws Exception {
        String line = """
                {"sourceSystem":"%s","sourceRecordId":"%s","recordVersion":%d,"identifiers":{"NHS":"%s"},\
                "givenNames":"Olivia","familyName":"Smith","dateOfBirth":"2015-03-07","gender":"female",\
                "address":{"line1":"12 Mill Lane","town":"West Bridgford","postcode":%s},\
                "involvements":[{"serviceType":"mental-health","serviceName":"Notts CAMHS","from":"2024-01-10",\
                "consent":{"givenBy":"parent","givenByName":"Emma Smith","recordedAt":"2024-01-09T10:00:00Z"}}]}"""
                .formatted(source, id, version, nhs, postcode == null ? "null" : "\"" + postcode + "\"");
        return new FeedLineParser(validator).parse(line, 1).record();
    }

    private static String nhsNumber() {
        while (true) {
            String prefix = Long.toString(600_000_000L + ThreadLocalRandom.current().nextLong(99_999_999L));
            int check = org.contactpoint.child.entity.NhsNumber.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    @Test
    void createsThenIgnoresOldVersionsThenLinksByNhsNumber() throws Exception {
        String nhs = nhsNumber();
        String id = "R" + nhs;
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 2, nhs, "NG2 7QP")))).containsExactly(RecordOutcome.CREATED);
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 2, nhs, "NG2 7QP")))).containsExactly(RecordOutcome.IGNORED);
        assertThat(chunks.apply(List.of(record("NHS-PDS", id, 1, nhs, "NG2 7QP")))).containsExactly(RecordOutcome.IGNORED);
        assertThat(chunks.apply(List.of(record("LA-CSC", "L" + nhs, 1, nhs, null)))).containsExactly(RecordOutcome.LINKED);
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
    void postcodeOutsideTheMappingLeavesTheAuthorityUnknown() throws Exception {
        String nhs = nhsNumber();
        assertThat(chunks.apply(List.of(record("NHS-PDS", "W" + nhs, 1, nhs, "CF10 1AA")))).containsExactly(RecordOutcome.CREATED);
        store.inTransaction(em -> {
            Child child = em.createQuery("SELECT s.child FROM SourceRecord s WHERE s.sourceRecordId = :id", Child.class)
                    .setParameter("id", "W" + nhs).getSingleResult();
            assertThat(child.responsibleAuthority()).isEmpty();
            assertThat(child.currentAddress()).map(a -> a.address().postcode()).contains("CF10 1AA");
            return null;
        });
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
