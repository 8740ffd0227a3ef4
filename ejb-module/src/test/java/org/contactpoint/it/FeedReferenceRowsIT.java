package org.contactpoint.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.control.FeedLineParser;
import org.contactpoint.feed.entity.RecordOutcome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school or GP practice a feed names for the first time is created once, and every later record naming it, in the
 * same chunk or a later one (when its id is kept by the server, not read), or in another batch's chunk at the same
 * moment, is attached to that one row.
 */
@ExtendWith(ArquillianExtension.class)
class FeedReferenceRowsIT {

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

    @Resource
    ManagedExecutorService executor;

    @Test
    void aNewSchoolAndPracticeAreCreatedOnceAndSharedByEveryRecordNamingThem() throws Exception {
        String urn = String.valueOf(500_000 + System.nanoTime() % 400_000);
        String practice = "Q" + (10_000 + System.nanoTime() % 89_999);
        FeedRecord first = record(urn, practice);
        FeedRecord sameChunk = record(urn, practice);
        FeedRecord laterChunk = record(urn, practice);

        assertThat(chunks.apply(List.of(first, sameChunk))).containsOnly(RecordOutcome.CREATED);
        assertThat(chunks.apply(List.of(laterChunk))).containsOnly(RecordOutcome.CREATED);

        assertOneRowOfEachSharedBy(urn, practice, 3);
    }

    /** The first chunks of two batches name the same new school and practice at the same moment: one row each. */
    @Test
    void twoChunksAtOnceNamingTheSameNewSchoolAndPracticeShareOneRowOfEach() throws Exception {
        String urn = String.valueOf(500_000 + System.nanoTime() % 400_000);
        String practice = "Q" + (10_000 + System.nanoTime() % 89_999);
        List<FeedRecord> one = List.of(record(urn, practice), record(urn, practice));
        List<FeedRecord> other = List.of(record(urn, practice), record(urn, practice));
        CyclicBarrier together = new CyclicBarrier(2);
        Future<List<RecordOutcome>> first = executor.submit(() -> {
            together.await();
            return chunks.apply(one);
        });
        Future<List<RecordOutcome>> second = executor.submit(() -> {
            together.await();
            return chunks.apply(other);
        });
        assertThat(first.get(2, TimeUnit.MINUTES)).containsOnly(RecordOutcome.CREATED);
        assertThat(second.get(2, TimeUnit.MINUTES)).containsOnly(RecordOutcome.CREATED);

        assertOneRowOfEachSharedBy(urn, practice, 4);
    }

    /** One setting row and one practice row, each attached to this many children. */
    private void assertOneRowOfEachSharedBy(String urn, String practice, int children) {
        assertThat(count("SELECT COUNT(*) FROM setting WHERE urn = ?1", urn)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM gp_practice WHERE practice_code = ?1", practice)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM child_setting a JOIN setting s ON s.id = a.setting_id WHERE s.urn = ?1", urn))
                .as("children attending the new school").isEqualTo(children);
        assertThat(count("SELECT COUNT(*) FROM child_gp_practice r JOIN gp_practice p ON p.id = r.gp_practice_id "
                + "WHERE p.practice_code = ?1", practice)).as("children registered with the new practice").isEqualTo(children);
    }

    private FeedRecord record(String urn, String practice) throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String line = """
                {"sourceSystem":"NHS-PDS","sourceRecordId":"RR%s","recordVersion":1,"identifiers":{"NHS":"%s"},\
                "givenNames":"Ada","familyName":"%s","dateOfBirth":"%s","gender":"female",\
                "setting":{"urn":"%s","name":"Greythorn Primary School","from":"2019-09-01"},\
                "gpPractice":{"code":"%s","name":"Mill Lane Surgery","from":"2019-09-01"}}"""
                .formatted(nhs, nhs, p.family(), p.dob(), urn, practice);
        return new FeedLineParser(validator).parse(line, 1).record();
    }

    private long count(String sql, String key) {
        return store.inTransaction(em -> ((Number) em.createNativeQuery(sql).setParameter(1, key).getSingleResult()).longValue());
    }
}
