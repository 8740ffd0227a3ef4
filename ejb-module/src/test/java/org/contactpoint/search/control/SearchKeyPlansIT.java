package org.contactpoint.search.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.it.Deployments;
import org.contactpoint.it.PortalFixtures;
import org.contactpoint.it.TestStore;
import org.contactpoint.search.api.SearchCriteria;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search by year or age range reads its family name's sound from the sound-and-date index alone, and the rows its
 * spelling, alternate sound and NYSIIS key add from theirs (V26): at 12 million children the same rows read from the
 * table lay on a page each (docs/benchmarks.md). An index that lacked a column the search scores would make the plan
 * read the table for that branch. Whole-table and bitmap scans are switched off and the table is vacuumed (as
 * autovacuum keeps it), so the plan shows whether the indexes cover the query. H2 has no covering indexes; there the
 * test only makes its children.
 */
@ExtendWith(ArquillianExtension.class)
class SearchKeyPlansIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule().addClass(SearchKeyPlansIT.class);
    }

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    /** Connections outside any transaction (VACUUM runs in none). */
    @Resource(lookup = "jdbc/contactpoint-schema")
    DataSource dataSource;

    @Test
    void aSearchByAgeRangeReadsItsKeyRowsFromTheIndexes() throws Exception {
        LocalDate born = LocalDate.now().minusYears(9);
        for (String family : List.of("Brown", "Braun", "Bruin")) {
            store.inTransaction(em -> fixtures.child("Olivia", family, born, false, false));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE child_search_key"); // the visibility map, as autovacuum keeps it
            s.execute("SET enable_seqscan = off");
            s.execute("SET enable_bitmapscan = off");
            try {
                SearchQuery q = SearchQuery.of(new SearchCriteria("Brown", null, null, null, 8, 10, "female", null, null,
                        null, null, null), LocalDate.now());
                List<Object> parameters = new ArrayList<>();
                String plan = explain(c, ChildFinder.inRange(q, q.familyName(), parameters), parameters);
                for (String index : List.of("ix_search_key_metaphone_dob", "ix_search_key_family_dob",
                        "ix_search_key_metaphone_alt_dob", "ix_search_key_nysiis_dob")) {
                    assertThat(plan).as("the plan").contains("Index Only Scan using " + index);
                }
            } finally {
                s.execute("RESET ALL");
            }
        }
    }

    private static String explain(Connection c, String sql, List<Object> parameters) throws Exception {
        try (PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                p.setObject(i + 1, parameters.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
