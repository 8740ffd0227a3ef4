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
 * Planner statistics during a load: on PostgreSQL, enough applied records analyse the feed's tables, the child's and
 * every table referring to it (each table's row estimate then equals its rows; never analysed, it is -1); on H2 the
 * call does nothing and does no harm.
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
    void enoughAppliedRecordsBringThePlannersRowEstimatesUpToDate() throws Exception {
        FeedPathIT.Person p = FeedPathIT.Person.unique();
        String nhs = FeedPathIT.nhsNumber();
        String line = """
                {"sourceSystem":"NHS-PDS","sourceRecordId":"ST%s","recordVersion":1,"identifiers":{"NHS":"%s"},\
                "givenNames":"Ada","familyName":"%s","dateOfBirth":"%s","gender":"female"}""".formatted(nhs, nhs, p.family(), p.dob());
        assertThat(chunks.apply(List.of(new FeedLineParser(validator).parse(line, 1).record()))).containsExactly(RecordOutcome.CREATED);
        boolean postgres = store.inTransaction(DatabaseProduct::isPostgres);

        statistics.applied((int) LoadStatistics.AT_LEAST);

        if (postgres) {
            // the child's table and every table referring to it: at scale, one never analysed was read whole per chunk
            List<String> tables = store.inTransaction(em -> em.createNativeQuery("SELECT DISTINCT conrelid::regclass::text "
                    + "FROM pg_constraint WHERE contype = 'f' AND confrelid = 'child'::regclass").getResultList());
            assertThat(tables).contains("child_setting", "child_gp_practice", "child_identifier", "source_record");
            for (String table : append(tables, "child")) {
                Object[] estimateAndRows = store.inTransaction(em -> (Object[]) em.createNativeQuery(
                        "SELECT (SELECT reltuples FROM pg_class WHERE relname = '" + table + "'), (SELECT COUNT(*) FROM "
                                + table + ")").getSingleResult());
                assertThat(((Number) estimateAndRows[0]).longValue()).as(table + ": the planner's row estimate")
                        .isEqualTo(((Number) estimateAndRows[1]).longValue());
            }
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(item);
        return all;
    }
}
