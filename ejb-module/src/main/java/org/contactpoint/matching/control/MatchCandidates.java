package org.contactpoint.matching.control;

import org.contactpoint.matching.entity.MatchRecord;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.schema.control.PlainJdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the live children a source record could be, by blocking ({@link BlockingKeys}): several passes, each one
 * index range, so a record with a misspelt family name, a swapped date of birth or no postcode still meets its child
 * in at least one of them. One record's passes go as one statement ({@link #of}); a chunk's as a few statements per
 * pass for all its records ({@link #forChunk}).
 */
@Dependent
public class MatchCandidates {

    /** Per pass: a common name on a common date stays well below this; it bounds the work of a pathological one. */
    static final int PER_PASS = 50;

    /**
     * A held child that might be the same person, with what matching compares of it.
     *
     * @param metByBirthdayOnly met only as a shielded child born that day ({@link BlockingKeys.Pass#SHIELDED_BORN}):
     *                          {@link IdentityDecision} weighs it only for shield-safe doubt, so the pass adds no
     *                          review that the other passes would not have made
     */
    public record Candidate(long childId, String cpId, boolean shielded, String authority, MatchRecord record,
                            boolean metByBirthdayOnly) {

        public Candidate(long childId, String cpId, boolean shielded, String authority, MatchRecord record) {
            this(childId, cpId, shielded, authority, record, false);
        }

        Candidate asMetByBirthdayOnly() {
            return new Candidate(childId, cpId, shielded, authority, record, true);
        }
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public List<Candidate> of(MatchRecord r) {
        em.flush(); // children created earlier in this chunk must be candidates too
        List<String> selects = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (BlockingKeys.Key key : BlockingKeys.of(r)) {
            BlockingKeys.Pass pass = key.pass();
            StringBuilder where = new StringBuilder(pass.filter == null ? "" : pass.filter + " AND ");
            for (int i = 0; i < pass.columns.size(); i++) {
                boolean prefix = pass.lastIsPrefix() && i == pass.columns.size() - 1;
                values.add(prefix ? key.values().get(i) + "%" : key.values().get(i));
                where.append(i == 0 ? "" : " AND ").append(pass.columns.get(i)).append(prefix ? " LIKE ?" : " = ?");
            }
            selects.add("(SELECT " + pass.childColumn + ", " + (pass == BlockingKeys.Pass.SHIELDED_BORN ? 1 : 0) + " FROM "
                    + pass.table + " WHERE " + where + " FETCH FIRST " + PER_PASS + " ROWS ONLY)");
        }
        if (selects.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Set<Long> byOtherPasses = new java.util.HashSet<>();
        for (Object[] row : PlainJdbc.rows(em, String.join(" UNION ALL ", selects), values)) {
            long id = ((Number) row[0]).longValue();
            ids.add(id);
            if (((Number) row[1]).intValue() == 0) {
                byOtherPasses.add(id);
            }
        }
        return ids.isEmpty() ? List.of() : marked(details(ids).values(), byOtherPasses);
    }

    /** A held child as matching sees it (its names, date of birth, gender, postcode and identifiers); empty if not live. */
    public Optional<Candidate> held(long childId) {
        return Optional.ofNullable(details(Set.of(childId)).get(childId));
    }

    /** The candidates, each not in {@code byOtherPasses} marked as met by its birthday only. */
    private static List<Candidate> marked(java.util.Collection<Candidate> candidates, Set<Long> byOtherPasses) {
        return candidates.stream().map(c -> byOtherPasses.contains(c.childId()) ? c : c.asMetByBirthdayOnly()).toList();
    }

    /**
     * The candidates of a whole chunk's records as the database holds them before the chunk: per pass, a few reads
     * for all the records' keys instead of one read per record. Children the chunk itself creates or changes are not
     * in it; the caller matches a record that may meet one of those with {@link #of} instead.
     */
    public Prefetched forChunk(java.util.Collection<MatchRecord> records) {
        Map<BlockingKeys.Pass, Set<BlockingKeys.Key>> byPass = new java.util.EnumMap<>(BlockingKeys.Pass.class);
        for (MatchRecord r : records) {
            for (BlockingKeys.Key key : BlockingKeys.of(r)) {
                byPass.computeIfAbsent(key.pass(), p -> new LinkedHashSet<>()).add(key);
            }
        }
        Map<BlockingKeys.Key, java.util.TreeSet<Long>> idsByKey = new HashMap<>();
        byPass.forEach((pass, keys) -> {
            List<BlockingKeys.Key> all = new ArrayList<>(keys);
            for (int from = 0; from < all.size(); from += PlainJdbc.KEYS_PER_READ) {
                read(pass, all.subList(from, Math.min(all.size(), from + PlainJdbc.KEYS_PER_READ)), idsByKey);
            }
        });
        Set<Long> ids = new LinkedHashSet<>();
        Map<BlockingKeys.Key, List<Long>> bounded = new HashMap<>();
        idsByKey.forEach((key, found) -> {
            List<Long> first = found.stream().limit(PER_PASS).toList();
            bounded.put(key, first);
            ids.addAll(first);
        });
        return new Prefetched(bounded, ids.isEmpty() ? Map.of() : details(ids));
    }

    /** A chunk's candidates by blocking key, read before the chunk. */
    public static final class Prefetched {
        private final Map<BlockingKeys.Key, List<Long>> idsByKey;
        private final Map<Long, Candidate> details;

        Prefetched(Map<BlockingKeys.Key, List<Long>> idsByKey, Map<Long, Candidate> details) {
            this.idsByKey = idsByKey;
            this.details = details;
        }

        /** The live children a record with these keys meets, as {@link #of} would have found them before the chunk. */
        public List<Candidate> of(Set<BlockingKeys.Key> keys) {
            Set<Long> ids = new java.util.TreeSet<>();
            Set<Long> byOtherPasses = new java.util.HashSet<>();
            for (BlockingKeys.Key key : keys) {
                List<Long> met = idsByKey.getOrDefault(key, List.of());
                ids.addAll(met);
                if (key.pass() != BlockingKeys.Pass.SHIELDED_BORN) {
                    byOtherPasses.addAll(met);
                }
            }
            return marked(ids.stream().map(details::get).filter(java.util.Objects::nonNull).toList(), byOtherPasses);
        }
    }

    /**
     * One statement for up to {@value PlainJdbc#KEYS_PER_READ} keys of a pass: the key columns matched as rows, the list
     * padded by repeating its last key. The initial of the district pass is compared here, not in SQL.
     */
    private void read(BlockingKeys.Pass pass, List<BlockingKeys.Key> keys, Map<BlockingKeys.Key, java.util.TreeSet<Long>> idsByKey) {
        int matched = pass.lastIsPrefix() ? pass.columns.size() - 1 : pass.columns.size();
        List<String> columns = pass.columns.subList(0, matched);
        StringBuilder rows = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (int k = 0; k < PlainJdbc.KEYS_PER_READ; k++) {
            BlockingKeys.Key key = keys.get(Math.min(k, keys.size() - 1));
            rows.append(k == 0 ? "(" : ",(");
            for (int i = 0; i < matched; i++) {
                values.add(key.values().get(i));
                rows.append(i == 0 ? "?" : ",?");
            }
            rows.append(')');
        }
        String sql = "SELECT " + String.join(", ", pass.columns) + ", " + pass.childColumn + " FROM " + pass.table + " WHERE "
                + (pass.filter == null ? "" : pass.filter + " AND ") + "(" + String.join(", ", columns) + ") IN (" + rows + ")";
        Set<BlockingKeys.Key> wanted = new java.util.HashSet<>(keys);
        for (Object[] row : PlainJdbc.rows(em, sql, values)) {
            List<Object> keyValues = new ArrayList<>(pass.columns.size());
            for (int i = 0; i < pass.columns.size(); i++) {
                Object value = row[i];
                if (pass.lastIsPrefix() && i == matched) {
                    value = value == null || value.toString().isEmpty() ? null : value.toString().substring(0, 1);
                }
                keyValues.add(value instanceof Number n && !(value instanceof Integer) ? Integer.valueOf(n.intValue()) : value);
            }
            if (keyValues.contains(null)) {
                continue;
            }
            BlockingKeys.Key key = new BlockingKeys.Key(pass, keyValues);
            if (wanted.contains(key)) {
                idsByKey.computeIfAbsent(key, x -> new java.util.TreeSet<>()).add(((Number) row[row.length - 1]).longValue());
            }
        }
    }

    private Map<Long, Candidate> details(Set<Long> ids) {
        Map<Long, String[]> identifiers = new HashMap<>();
        // The scheme is filtered here: in SQL the planner may AND in the scheme index, which covers every child.
        for (Object[] row : PlainJdbc.rowsIn(em, "SELECT child_id, scheme, identifier_value FROM child_identifier "
                + "WHERE child_id IN (%s)", ids)) {
            if (!"NHS".equals(row[1]) && !"UPN".equals(row[1])) {
                continue;
            }
            String[] pair = identifiers.computeIfAbsent(((Number) row[0]).longValue(), k -> new String[2]);
            pair["NHS".equals(row[1]) ? 0 : 1] = (String) row[2];
        }
        // Two single-table reads by primary and foreign key, not a join: a join's plan depends on statistics, which
        // lag far behind during a bulk load (PostgreSQL then hashed every child for each record).
        Map<Long, Object[]> live = new HashMap<>();
        for (Object[] row : PlainJdbc.rowsIn(em, "SELECT id, cp_id, shielded, responsible_la_code, status FROM child "
                + "WHERE id IN (%s)", ids)) {
            if ("ACTIVE".equals(row[4])) {
                live.put(((Number) row[0]).longValue(), row);
            }
        }
        Map<Long, Builder> children = new LinkedHashMap<>();
        for (Object[] row : PlainJdbc.rowsIn(em, "SELECT child_id, given_norm, family_norm, date_of_birth, gender, postcode "
                + "FROM child_search_key WHERE child_id IN (%s) ORDER BY child_id, id", ids)) {
            long id = ((Number) row[0]).longValue();
            Object[] child = live.get(id);
            if (child == null) {
                continue;
            }
            Builder b = children.computeIfAbsent(id, k -> new Builder(id, (String) child[1], Boolean.TRUE.equals(child[2]),
                    (String) child[3], date(row[3]), (String) row[4], (String) row[5]));
            b.given.add((String) row[1]);
            b.family.add((String) row[2]);
        }
        Map<Long, Candidate> out = new LinkedHashMap<>();
        for (Builder b : children.values()) {
            String[] ident = identifiers.getOrDefault(b.id, new String[2]);
            out.put(b.id, new Candidate(b.id, b.cpId, b.shielded, b.authority, new MatchRecord(List.copyOf(b.given),
                    String.join(" ", b.family), b.dob, b.gender, b.postcode, ident[0], ident[1])));
        }
        return out;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static final class Builder {
        final long id;
        final String cpId;
        final boolean shielded;
        final String authority;
        final LocalDate dob;
        final String gender;
        final String postcode;
        final Set<String> given = new LinkedHashSet<>();
        final Set<String> family = new LinkedHashSet<>();

        Builder(long id, String cpId, boolean shielded, String authority, LocalDate dob, String gender, String postcode) {
            this.id = id;
            this.cpId = cpId;
            this.shielded = shielded;
            this.authority = authority;
            this.dob = dob;
            this.gender = gender;
            this.postcode = postcode;
        }
    }
}
