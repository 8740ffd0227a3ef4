package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import org.contactpoint.schema.control.DatabaseProduct;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed chunk's reads by a list of values look the values up in the index on PostgreSQL even under statistics taken
 * before any row of the kind asked for was loaded (the health feed loads first, and a table is analysed again only
 * once it has grown enough). With a low-cardinality column first in the index (the scheme, the source), PostgreSQL
 * took the new kind for one row and scanned all rows of it through that column alone, filtering the values: 12–25 ms
 * a read, growing with each row loaded (V22, V23). Each case is a copy of the table with its indexes, analysed while
 * it held one kind, then given rows of another. H2 plans otherwise; there the test does nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FeedReadPlansIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    TestStore store;

    @Test
    void upnsAreLookedUpByValueWithStatisticsThatKnowOnlyNhsNumbers() {
        if (!store.inTransaction(DatabaseProduct::isPostgres)) {
            return;
        }
        String plan = planUnderStaleStatistics("child_identifier", "id, child_id, scheme, identifier_value",
                "g, g, 'NHS', (9000000000 + g)::text", "g, g, 'UPN', 'A1000000' || g",
                "SELECT identifier_value, child_id FROM child_identifier_copy WHERE scheme = 'UPN' "
                        + "AND identifier_value IN (" + values("A1000000") + ")");

        assertLookedUpBy(plan, "identifier_value");
    }

    @Test
    void aNewSourcesRecordsAreLookedUpByIdWithStatisticsThatKnowOnlyAnother() {
        if (!store.inTransaction(DatabaseProduct::isPostgres)) {
            return;
        }
        String columns = "id, source_system, source_record_id, record_version, outcome, received_at, version";
        String plan = planUnderStaleStatistics("source_record", columns,
                "g, 'NHS-PDS', 'N' || g, 1, 'CREATED', CURRENT_TIMESTAMP, 0",
                "g, 'DWP-CB', 'D' || g, 1, 'CREATED', CURRENT_TIMESTAMP, 0",
                // ChunkReads' read of the records a chunk may hold already, with the source as its parameter
                "SELECT s.source_record_id FROM source_record_copy s WHERE s.source_record_id IN ("
                        + values("D") + ") AND s.source_system = 'DWP-CB'");

        assertLookedUpBy(plan, "source_record_id");
    }

    private static void assertLookedUpBy(String plan, String column) {
        assertThat(plan).as("the plan").containsPattern("Index Cond: .*" + column);
        assertThat(plan).as("the plan").doesNotContainPattern("Filter: .*" + column);
    }

    /**
     * The plan of {@code query} on a copy of {@code table} analysed holding 20,000 rows of one kind and then given 5,000
     * of another ({@code firstKind} and {@code secondKind}: the values of {@code columns} for row g).
     */
    private String planUnderStaleStatistics(String table, String columns, String firstKind, String secondKind, String query) {
        String insert = "INSERT INTO " + table + "_copy (" + columns + ") SELECT %s FROM generate_series(%d, %d) g";
        return store.inTransaction(em -> {
            copy(em, table);
            em.createNativeQuery(String.format(insert, firstKind, 1, 20_000)).executeUpdate();
            em.createNativeQuery("ANALYZE " + table + "_copy").executeUpdate();
            em.createNativeQuery(String.format(insert, secondKind, 20_001, 25_000)).executeUpdate();
            return explain(em, query);
        });
    }

    /** A copy of the table with its indexes and constraints (unique ones included), dropped at the commit. */
    private static void copy(EntityManager em, String table) {
        em.createNativeQuery("CREATE TEMP TABLE " + table + "_copy (LIKE " + table + " INCLUDING INDEXES INCLUDING "
                + "CONSTRAINTS) ON COMMIT DROP").executeUpdate();
    }

    /** 128 values of the second kind (rows 20,001 to 20,128: the prefix and the row), as a chunk's reads send them. */
    private static String values(String prefix) {
        return IntStream.rangeClosed(20001, 20128).mapToObj(g -> "'" + prefix + g + "'").collect(Collectors.joining(","));
    }

    private static String explain(EntityManager em, String query) {
        List<?> lines = em.createNativeQuery("EXPLAIN " + query).getResultList();
        return lines.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
