package org.contactpoint.feed.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.contactpoint.schema.control.PlainJdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The row ids of the settings and GP practices feeds name, kept for the server's life once read: such a row is never
 * deleted and its id never changes. A chunk read them for its records' URNs and codes each time, an IN list of a
 * hundred values tested against every row of a small table: 6 % of PostgreSQL's time in a school feed of 100,000
 * children (docs/benchmarks.md). Rows a feed names for the first time are created by {@link ReferenceRows}, each in a
 * short transaction of its own.
 */
@ApplicationScoped
public class ReferenceIds {

    /** England has about 24,000 schools and 6,500 GP practices; beyond this many, ids are read instead of kept. */
    static final int KEPT = 100_000;

    private final Map<String, Long> settings = new ConcurrentHashMap<>();
    private final Map<String, Long> practices = new ConcurrentHashMap<>();

    @EJB
    ReferenceRows rows;

    /** The id of each setting named (URN to name), creating those not held yet. */
    Map<String, Long> settings(EntityManager em, Map<String, String> named) {
        return ids(em, named, settings, "SELECT urn, id FROM setting WHERE urn IN (%s)", rows::createSetting);
    }

    /** The id of each GP practice named (code to name), creating those not held yet. */
    Map<String, Long> practices(EntityManager em, Map<String, String> named) {
        return ids(em, named, practices, "SELECT practice_code, id FROM gp_practice WHERE practice_code IN (%s)",
                rows::createPractice);
    }

    private static Map<String, Long> ids(EntityManager em, Map<String, String> named, Map<String, Long> kept, String sql,
                                         BiConsumer<String, String> create) {
        Map<String, Long> ids = new HashMap<>();
        named.keySet().forEach(key -> {
            Long id = kept.get(key);
            if (id != null) {
                ids.put(key, id);
            }
        });
        read(em, sql, missing(named, ids), ids);
        if (!missing(named, ids).isEmpty()) {
            // One creator at a time in this server, reading again first: the first chunks of two batches name the same
            // new practices, and the loser's failed insert was logged as a system exception (42 in a 100,000-child load).
            synchronized (kept) {
                read(em, sql, missing(named, ids), ids);
                for (String key : missing(named, ids)) {
                    try {
                        create.accept(key, named.get(key));
                    } catch (EJBException e) {
                        // another server created the same row at the same moment: read again below, which finds it
                    }
                }
                read(em, sql, missing(named, ids), ids);
            }
        }
        if (kept.size() < KEPT) {
            kept.putAll(ids);
        }
        return ids;
    }

    private static List<String> missing(Map<String, String> named, Map<String, Long> found) {
        return named.keySet().stream().filter(k -> !found.containsKey(k)).toList();
    }

    private static void read(EntityManager em, String sql, List<String> keys, Map<String, Long> into) {
        if (!keys.isEmpty()) {
            PlainJdbc.rowsIn(em, sql, keys).forEach(row -> into.put((String) row[0], ((Number) row[1]).longValue()));
        }
    }
}
