package org.contactpoint.web.it;

import org.contactpoint.it.TestStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of every table a partner could write to: a refused request must leave all of them as they were. */
final class RowCounts {

    private static final List<String> TABLES = List.of("child", "child_other_name", "child_address", "child_identifier",
            "parent_carer", "child_setting", "child_gp_practice", "consent", "involvement", "shielding_request",
            "source_record", "idempotent_request", "feed_batch", "feed_batch_line", "setting", "gp_practice");

    private RowCounts() {
    }

    static Map<String, Long> of(TestStore store) {
        return store.inTransaction(em -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }
}
