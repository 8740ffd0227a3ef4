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
 * Planner statistics during a load: on PostgreSQL, enough applied records analyse the feed's tables (the table's
 * row estimate then equals its rows); on H2 the call does nothing and does no harm.
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
            Object[] estimateAndRows = store.inTransaction(em -> (Object[]) em.createNativeQuery(
                    "SELECT (SELECT reltuples FROM pg_class WHERE relname = 'child_identifier'), "
                            + "(SELECT COUNT(*) FROM child_identifier)").getSingleResult());
            assertThat(((Number) estimateAndRows[0]).longValue()).isEqualTo(((Number) estimateAndRows[1]).longValue());
        }
    }
}
