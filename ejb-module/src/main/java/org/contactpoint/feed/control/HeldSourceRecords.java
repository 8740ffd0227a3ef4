package org.contactpoint.feed.control;

import jakarta.persistence.EntityManager;
import org.contactpoint.feed.api.FeedRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a chunk's source records may be held already: one read for the whole chunk, so a record that is new (most
 * of a load) costs no read of its own. A record seen earlier in the same chunk may be held by then too.
 */
final class HeldSourceRecords {

    private final Set<String> held = new HashSet<>();

    private HeldSourceRecords() {
    }

    static HeldSourceRecords of(EntityManager em, List<FeedRecord> records) {
        HeldSourceRecords result = new HeldSourceRecords();
        Map<String, List<String>> idsBySource = records.stream().collect(Collectors.groupingBy(FeedRecord::sourceSystem,
                Collectors.mapping(FeedRecord::sourceRecordId, Collectors.toList())));
        idsBySource.forEach((source, ids) -> {
            List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
            String in = java.util.stream.IntStream.rangeClosed(2, distinct.size() + 1).mapToObj(i -> "?" + i)
                    .collect(Collectors.joining(","));
            var query = em.createNativeQuery("SELECT source_record_id FROM source_record WHERE source_system = ?1 "
                    + "AND source_record_id IN (" + in + ")").setParameter(1, source);
            for (int i = 0; i < distinct.size(); i++) {
                query.setParameter(i + 2, distinct.get(i));
            }
            for (Object id : query.getResultList()) {
                result.held.add(key(source, (String) id));
            }
        });
        return result;
    }

    /** False only when the record is certainly new: not held before the chunk and not applied earlier in it. */
    boolean mayBeHeld(FeedRecord r) {
        return held.contains(key(r.sourceSystem(), r.sourceRecordId()));
    }

    /** The record is held from now on (its chunk commits whole or not at all). */
    void applied(FeedRecord r) {
        held.add(key(r.sourceSystem(), r.sourceRecordId()));
    }

    private static String key(String source, String id) {
        return source + '\u0000' + id;
    }
}
