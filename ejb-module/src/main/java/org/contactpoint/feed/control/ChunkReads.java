package org.contactpoint.feed.control;

import jakarta.persistence.EntityManager;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildAddress;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.matching.control.BlockingKeys;
import org.contactpoint.matching.control.ChunkSequence;
import org.contactpoint.matching.control.IdentityDecision;
import org.contactpoint.matching.control.IdentityMatcher;
import org.contactpoint.matching.control.MatchCandidates;
import org.contactpoint.matching.control.ShieldedHomes;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.Setting;
import org.contactpoint.schema.control.PlainJdbc;
import org.contactpoint.search.entity.ChildSearchKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a chunk's records would each read, read once for the whole chunk before it starts: which source records are
 * held, the children each record meets by blocking and the decision on each, the children the records link to
 * ({@link LinkTargets}), the shielded homes at its postcodes, and its settings and GP practices. A new record that
 * meets nobody the chunk has touched then creates its child, or links to it, without a read of its own
 * ({@link #decides}).
 * <p>
 * The reads show the database as it was before the chunk. So the chunk keeps what it changes: a record that may
 * meet any of it (a held record, a blocking key or candidate the chunk has touched) is matched with reads of its own,
 * after what came before it is written; the shielded homes follow the chunk's children.
 */
final class ChunkReads {

    private final Set<String> held = new HashSet<>();
    /** The child (and its survivor, if merged) of each record held before the chunk. */
    private final Map<String, List<Long>> heldChildren = new HashMap<>();
    private final Map<MatchRecord, Set<BlockingKeys.Key>> keysOf = new HashMap<>();
    private final Map<MatchRecord, Decided> decisions = new HashMap<>();
    private LinkTargets linkTargets;
    private ShieldedHomes homes;
    private final Map<String, Long> settings = new HashMap<>();
    private final Map<String, Long> practices = new HashMap<>();

    /** What other chunks must not have written since these reads, and what this chunk wrote ({@link ChunkSequence}). */
    private final Set<Long> dependencies = new HashSet<>();
    private final Set<Long> writes = new HashSet<>();

    private final Set<BlockingKeys.Key> touchedKeys = new HashSet<>();
    private final Set<Long> touchedChildren = new HashSet<>();
    private final Set<String> postcodesLater = new HashSet<>();

    private ChunkReads() {
    }

    static ChunkReads of(EntityManager em, MatchCandidates blocking, IdentityMatcher matcher, ReferenceIds referenceIds,
                         List<FeedRecord> records) {
        ChunkReads reads = new ChunkReads();
        reads.readHeld(em, records);
        List<MatchRecord> toMatch = new ArrayList<>();
        for (FeedRecord r : records) {
            if (!reads.mayBeHeld(r)) {
                MatchRecord m = MatchRecords.of(r);
                reads.keysOf.put(m, BlockingKeys.of(m));
                toMatch.add(m);
            }
        }
        MatchCandidates.Prefetched candidates = blocking.forChunk(toMatch);
        Set<Long> linked = new HashSet<>();
        for (MatchRecord m : toMatch) {
            List<MatchCandidates.Candidate> met = candidates.of(reads.keysOf.get(m));
            IdentityDecision.Result decision = matcher.match(m, met);
            reads.decisions.put(m, new Decided(decision, met.stream().map(MatchCandidates.Candidate::childId).toList()));
            if (decision.outcome() == IdentityDecision.Outcome.LINK) {
                linked.add(decision.against().orElseThrow().candidate().childId());
            }
        }
        reads.linkTargets = LinkTargets.read(em, linked);
        reads.homes = ShieldedHomes.at(em, records.stream().filter(r -> r.address() != null && r.address().postcode() != null)
                .map(r -> r.address().postcode()).toList());
        reads.readReferences(em, referenceIds, records);
        reads.noteDependencies(records);
        return reads;
    }

    /** Each record's source record, blocking keys, the children it met or is held by, and its home. */
    private void noteDependencies(List<FeedRecord> records) {
        for (FeedRecord r : records) {
            dependencies.add(ChunkSequence.source(r.sourceSystem(), r.sourceRecordId()));
            if (r.address() != null && r.address().postcode() != null) {
                dependencies.add(ChunkSequence.home(r.address().postcode()));
            }
        }
        keysOf.values().forEach(keys -> keys.forEach(k -> dependencies.add(ChunkSequence.blocking(k))));
        decisions.values().forEach(d -> d.met().forEach(id -> dependencies.add(ChunkSequence.child(id))));
        heldChildren.values().forEach(ids -> ids.forEach(id -> dependencies.add(ChunkSequence.child(id))));
    }

    /** The hashes of what the chunk's reads depended on: a chunk that wrote any of them since makes them stale. */
    Set<Long> dependencies() {
        return dependencies;
    }

    /** The hashes of what the chunk wrote: its source records and children, their keys, and shielded homes. */
    Set<Long> writes() {
        return writes;
    }

    /** False only when the record is certainly new: not held before the chunk and not applied earlier in it. */
    boolean mayBeHeld(FeedRecord r) {
        return held.contains(key(r.sourceSystem(), r.sourceRecordId()));
    }

    /**
     * The decision on this record against the children it met as read with the chunk; empty when that read may be
     * out of date for it (it shares a blocking key with a child the chunk created or changed, or meets one of them),
     * so it must be matched again.
     */
    Optional<IdentityDecision.Result> decision(MatchRecord m) {
        Set<BlockingKeys.Key> keys = keysOf.get(m);
        Decided decided = decisions.get(m);
        if (keys == null || decided == null || keys.stream().anyMatch(touchedKeys::contains)
                || decided.met().stream().anyMatch(touchedChildren::contains)) {
            return Optional.empty();
        }
        return Optional.of(decided.decision());
    }

    /**
     * True when the record is applied from the chunk's reads alone: certainly new, its decision still as read, a
     * child it links to still as read with the chunk ({@link LinkTargets}), and its home neither that of a record left
     * for later ({@link #later}) nor a shielded child's home that such a record may change.
     */
    boolean decides(EntityManager em, FeedRecord r) {
        if (mayBeHeld(r)) {
            return false;
        }
        String postcode = r.address() == null ? null : r.address().postcode();
        if (postcode != null && (postcodesLater.contains(postcode)
                || homes.childrenAt(postcode).stream().anyMatch(touchedChildren::contains))) {
            return false;
        }
        Optional<IdentityDecision.Result> decision = decision(MatchRecords.of(r));
        return decision.isPresent() && (decision.get().outcome() != IdentityDecision.Outcome.LINK
                || linkTargets.holds(em, decision.get().against().orElseThrow().candidate().childId()));
    }

    /**
     * True when each record that is not held yet would create a child, as read, at a postcode where no shielded child
     * lives: the chunk's first round then only inserts new rows, and touches no row another chunk may be writing.
     */
    boolean onlyCreates(List<FeedRecord> records) {
        for (FeedRecord r : records) {
            if (mayBeHeld(r)) {
                continue; // applied with reads of its own, under the lock
            }
            Decided decided = decisions.get(MatchRecords.of(r));
            String postcode = r.address() == null ? null : r.address().postcode();
            if (decided == null || decided.decision().outcome() != IdentityDecision.Outcome.CREATE
                    || postcode != null && !homes.childrenAt(postcode).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The record is applied after the records the chunk's reads decide, with reads of its own. Whatever it may change
     * counts as changed from now on: its source record, the children it met, its blocking keys (a shielded child's
     * birthday too), its home and the shielded children living there. So a later record whose decision it might
     * change is left for later too, and applied after it as in the file; only records it cannot affect go first.
     */
    void later(FeedRecord r) {
        String key = key(r.sourceSystem(), r.sourceRecordId());
        held.add(key);
        touchedChildren.addAll(heldChildren.getOrDefault(key, List.of()));
        MatchRecord m = MatchRecords.of(r);
        touchedKeys.addAll(BlockingKeys.of(m));
        Decided decided = decisions.get(m);
        if (decided != null) {
            touchedChildren.addAll(decided.met());
        }
        if (r.address() != null && r.address().postcode() != null) {
            postcodesLater.add(r.address().postcode());
            touchedChildren.addAll(homes.childrenAt(r.address().postcode()));
        }
    }

    private record Decided(IdentityDecision.Result decision, List<Long> met) {
    }

    /** The children linked to without reads: untouched by the chunk, so as read with it. */
    LinkTargets linkTargets() {
        return linkTargets;
    }

    /** The shielded homes at the chunk's records' postcodes, kept up to date with the chunk's own children. */
    ShieldedHomes homes() {
        return homes;
    }

    /** The record is held from now on, and what its child now is (keys, home, shielding) may differ from the chunk's read. */
    void applied(FeedRecord r, Child child, List<ChildSearchKey> childKeys, MatchRecord m) {
        held.add(key(r.sourceSystem(), r.sourceRecordId()));
        Set<BlockingKeys.Key> keys = new HashSet<>(BlockingKeys.of(m));
        keys.addAll(BlockingKeys.of(childKeys, m.nhsNumber(), m.upn()));
        if (!child.isShielded()) {
            // only a shielded child is met by its birthday alone: others leave that pass's reads as they were
            keys.removeIf(k -> k.pass() == BlockingKeys.Pass.SHIELDED_BORN);
        }
        writes.add(ChunkSequence.source(r.sourceSystem(), r.sourceRecordId()));
        changed(child, keys);
    }

    /**
     * A child shielded because a shielded child came to live in its home: a record meeting it, or by its birthday as
     * a shielded child, is matched again.
     */
    void shieldedHousemate(Child child) {
        changed(child, BlockingKeys.shieldedBorn(child.dateOfBirth()));
    }

    /** The child, its keys and, if shielded, its home count as changed, for this chunk's later records and for others. */
    private void changed(Child child, Set<BlockingKeys.Key> keys) {
        touchedChildren.add(child.id());
        touchedKeys.addAll(keys);
        homes.update(child.id(), child.currentAddress().map(ChildAddress::address).orElse(null), child.isShielded());
        writes.add(ChunkSequence.child(child.id()));
        keys.forEach(k -> writes.add(ChunkSequence.blocking(k)));
        if (child.isShielded()) {
            child.currentAddress().map(a -> a.address().postcode()).filter(java.util.Objects::nonNull)
                    .ifPresent(postcode -> writes.add(ChunkSequence.home(postcode)));
        }
    }

    /** The setting's row, created when the feed names it for the first time (before the chunk). */
    long setting(String urn) {
        return known(settings, urn, "setting");
    }

    long practice(String code) {
        return known(practices, code, "GP practice");
    }

    private static long known(Map<String, Long> ids, String key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("The " + what + " " + key + " could not be created");
        }
        return id;
    }

    private void readHeld(EntityManager em, List<FeedRecord> records) {
        Map<String, List<String>> idsBySource = records.stream().collect(Collectors.groupingBy(FeedRecord::sourceSystem,
                Collectors.mapping(FeedRecord::sourceRecordId, Collectors.toList())));
        idsBySource.forEach((source, ids) -> PlainJdbc.rowsIn(em, "SELECT s.source_record_id, s.child_id, m.id "
                        + "FROM source_record s LEFT JOIN child c ON c.id = s.child_id LEFT JOIN child m ON m.cp_id = c.survivor_cp_id "
                        + "WHERE s.source_record_id IN (%s) AND s.source_system = ?", new LinkedHashSet<>(ids), source)
                .forEach(row -> {
                    String key = key(source, (String) row[0]);
                    held.add(key);
                    heldChildren.put(key, java.util.stream.Stream.of(row[1], row[2]).filter(java.util.Objects::nonNull)
                            .map(id -> ((Number) id).longValue()).toList());
                }));
    }

    /** Settings and practices the chunk names, those not held yet created first ({@link ReferenceIds}). */
    private void readReferences(EntityManager em, ReferenceIds referenceIds, List<FeedRecord> records) {
        Map<String, String> urns = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (FeedRecord r : records) {
            if (r.setting() != null) {
                urns.putIfAbsent(r.setting().urn(), r.setting().name());
            }
            if (r.gpPractice() != null) {
                codes.putIfAbsent(r.gpPractice().code(), r.gpPractice().name());
            }
        }
        settings.putAll(referenceIds.settings(em, urns));
        practices.putAll(referenceIds.practices(em, codes));
    }

    private static String key(String source, String id) {
        return source + '\u0000' + id;
    }
}
