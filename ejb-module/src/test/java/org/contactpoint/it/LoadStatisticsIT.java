package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.control.FeedLineParser;
import org.contactpoint.feed.control.LoadStatistics;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.schema.control.DatabaseProduct;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planner statistics during a load: on PostgreSQL, enough applied records analyse the feed's tables (the child's and
 * every table referring to it) that were never analysed, or that changed by as many rows as they had since their last
 * analysis; on H2 the call does nothing and does no harm.
 */
@ExtendWith(ArquillianExtension.class)
class LoadStatisticsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    LoadStatistics statistics;

    @EJB
    FeedChunk chunks;

    @EJB
    TestStore store;

    @Inject
    Validator validator;

    @Test
    void enoughAppliedRecordsAnalyseTheTablesThatGrewOrWereNeverAnalysed() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String line = """
                {"sourceSystem":"NHS-PDS","sourceRecordId":"ST%s","recordVersion":1,"identifiers":{"NHS":"%s"},\
                "givenNames":"Ada","familyName":"%s","dateOfBirth":"%s","gender":"female"}""".formatted(nhs, nhs, p.family(), p.dob());
        assertThat(chunks.apply(List.of(new FeedLineParser(validator).parse(line, 1).record()))).containsExactly(RecordOutcome.CREATED);
        boolean postgres = store.inTransaction(DatabaseProduct::isPostgres);
        if (postgres) {
            doubleTheBatchLines();
        }

        statistics.applied((int) LoadStatistics.AT_LEAST);

        if (postgres) {
            // the child's table and every table referring to it: at scale, one never analysed was read whole per chunk
            List<String> tables = store.inTransaction(em -> em.createNativeQuery("SELECT DISTINCT conrelid::regclass::text "
                    + "FROM pg_constraint WHERE contype = 'f' AND confrelid = 'child'::regclass").getResultList());
            assertThat(tables).contains("child_setting", "child_gp_practice", "child_identifier", "source_record");
            for (String table : append(tables, "child")) {
                assertThat(estimateAndRows(table)[0]).as(table + ": the planner's row estimate (-1: never analysed)").isNotNegative();
            }
            long[] batchLines = estimateAndRows("feed_batch_line");
            assertThat(batchLines[0]).as("feed_batch_line, grown by as many rows as it had: analysed again").isEqualTo(batchLines[1]);
        }
    }

    /**
     * Adds as many batch lines as the table had when last analysed (at least {@link LoadStatistics#AT_LEAST}), and has
     * the change counted at once: PostgreSQL otherwise reports a session's changes up to a second after its commit.
     */
    private void doubleTheBatchLines() throws Exception {
        long estimate = estimateAndRows("feed_batch_line")[0];
        long batch = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        store.inTransaction(em -> {
            em.createNativeQuery("SELECT pg_stat_force_next_flush()").getResultList();
            em.createNativeQuery("INSERT INTO feed_batch (id, source_system, submitted_by, status, lines_read, linked, created, "
                    + "review, ignored, rejected, received_at, version) VALUES (?1, 'NHS-PDS', 'LoadStatisticsIT', 'DONE', 0, 0, 0, "
                    + "0, 0, 0, CURRENT_TIMESTAMP, 0)").setParameter(1, batch).executeUpdate();
            return em.createNativeQuery("INSERT INTO feed_batch_line (batch_id, line_no, outcome) SELECT ?1, g, 'REJECTED' "
                    + "FROM generate_series(1, ?2) g").setParameter(1, batch)
                    .setParameter(2, Math.max(LoadStatistics.AT_LEAST, estimate) + 1).executeUpdate();
        });
    }

    private long[] estimateAndRows(String table) throws Exception {
        Object[] row = store.inTransaction(em -> (Object[]) em.createNativeQuery("SELECT (SELECT reltuples FROM pg_class WHERE "
                + "relname = '" + table + "'), (SELECT COUNT(*) FROM " + table + ")").getSingleResult());
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static List<String> append(List<String> list, String item) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(item);
        return all;
    }
}
