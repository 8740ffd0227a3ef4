package org.contactpoint.matching.control;

import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.matching.entity.FieldComparator;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.search.entity.NameKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the live children a source record could be, by blocking: several passes, each one index range, so a record
 * with a misspelt family name, a swapped date of birth or no postcode still meets its child in at least one of them.
 * Passes: NHS number or UPN; date of birth + family-name sound; date of birth + postcode district + given-name
 * initial; given- and family-name sounds + birth year; date of birth + given-name sound (a changed family name).
 */
@Dependent
public class MatchCandidates {

    /** Per pass: a common name on a common date stays well below this; it bounds the work of a pathological one. */
    static final int PER_PASS = 50;

    /** A held child that might be the same person, with what matching compares of it. */
    public record Candidate(long childId, String cpId, boolean shielded, String authority, MatchRecord record) {
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public List<Candidate> of(MatchRecord r) {
        em.flush(); // children created earlier in this chunk must be candidates too
        Passes passes = new Passes();
        passes.add("SELECT child_id FROM child_identifier WHERE scheme = 'NHS' AND identifier_value = ?", r.nhsNumber());
        passes.add("SELECT child_id FROM child_identifier WHERE scheme = 'UPN' AND identifier_value = ?", r.upn());
        String family = NameKeys.metaphone(r.familyName());
        passes.add("SELECT child_id FROM child_search_key WHERE family_metaphone = ? AND date_of_birth = ?",
                family, r.dateOfBirth());
        for (String given : firstGivenNames(r)) {
            String sound = NameKeys.metaphone(given);
            if (r.postcode() != null) {
                passes.add("SELECT child_id FROM child_search_key WHERE postcode_district = ? AND date_of_birth = ? "
                        + "AND given_first LIKE ?", FieldComparator.district(r.postcode()), r.dateOfBirth(), given.charAt(0) + "%");
            }
            passes.add("SELECT child_id FROM child_search_key WHERE given_metaphone = ? AND family_metaphone = ? "
                    + "AND birth_year = ?", sound, family, r.dateOfBirth().getYear());
            passes.add("SELECT child_id FROM child_search_key WHERE date_of_birth = ? AND given_metaphone = ?",
                    r.dateOfBirth(), sound);
        }
        Set<Long> ids = passes.run();
        return ids.isEmpty() ? List.of() : details(ids);
    }

    /**
     * The blocking passes of one record, sent as one statement: each pass bounded on its own, joined by UNION ALL,
     * so a record costs one round trip for its candidates instead of one per pass. A pass missing a value is left out.
     */
    private final class Passes {
        private final List<String> selects = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void add(String select, Object... passValues) {
            for (Object value : passValues) {
                if (value == null || value.toString().isEmpty()) {
                    return;
                }
            }
            StringBuilder numbered = new StringBuilder();
            int next = 0;
            for (char c : select.toCharArray()) {
                numbered.append(c);
                if (c == '?') {
                    values.add(passValues[next++]);
                    numbered.append(values.size());
                }
            }
            selects.add("(" + numbered + " FETCH FIRST " + PER_PASS + " ROWS ONLY)");
        }

        Set<Long> run() {
            Set<Long> ids = new LinkedHashSet<>();
            if (selects.isEmpty()) {
                return ids;
            }
            var query = em.createNativeQuery(String.join(" UNION ALL ", selects));
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            for (Object id : query.getResultList()) {
                ids.add(((Number) id).longValue());
            }
            return ids;
        }
    }

    /** The first given name of the record's name and of each known-as name, normalised as the keys are. */
    private static Set<String> firstGivenNames(MatchRecord r) {
        Set<String> firsts = new LinkedHashSet<>();
        for (String names : r.givenNames()) {
            List<String> parts = NameKeys.parts(names);
            if (!parts.isEmpty() && !parts.get(0).isEmpty()) {
                firsts.add(parts.get(0));
            }
        }
        return firsts;
    }

    private List<Candidate> details(Set<Long> ids) {
        // Bound, and padded to a power of two by repeating the last id, so the database sees a handful of statement
        // shapes it plans once, not a new statement for every list of ids.
        List<Long> padded = new ArrayList<>(ids);
        int size = Integer.highestOneBit(padded.size() - 1 == 0 ? 1 : padded.size() - 1) << 1;
        while (padded.size() < size) {
            padded.add(padded.get(padded.size() - 1));
        }
        String in = java.util.stream.IntStream.rangeClosed(1, padded.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(","));
        Map<Long, String[]> identifiers = new HashMap<>();
        // The scheme is filtered here: in SQL the planner may AND in the scheme index, which covers every child.
        for (Object o : bind(em.createNativeQuery("SELECT child_id, scheme, identifier_value FROM child_identifier "
                + "WHERE child_id IN (" + in + ")"), padded).getResultList()) {
            Object[] row = (Object[]) o;
            if (!"NHS".equals(row[1]) && !"UPN".equals(row[1])) {
                continue;
            }
            String[] pair = identifiers.computeIfAbsent(((Number) row[0]).longValue(), k -> new String[2]);
            pair["NHS".equals(row[1]) ? 0 : 1] = (String) row[2];
        }
        // Two single-table reads by primary and foreign key, not a join: a join's plan depends on statistics, which
        // lag far behind during a bulk load (PostgreSQL then hashed every child for each record).
        Map<Long, Object[]> live = new HashMap<>();
        for (Object o : bind(em.createNativeQuery("SELECT id, cp_id, shielded, responsible_la_code, status FROM child "
                + "WHERE id IN (" + in + ")"), padded).getResultList()) {
            Object[] row = (Object[]) o;
            if ("ACTIVE".equals(row[4])) {
                live.put(((Number) row[0]).longValue(), row);
            }
        }
        Map<Long, Builder> children = new LinkedHashMap<>();
        for (Object o : bind(em.createNativeQuery("SELECT child_id, given_norm, family_norm, date_of_birth, gender, postcode "
                + "FROM child_search_key WHERE child_id IN (" + in + ") ORDER BY child_id, id"), padded).getResultList()) {
            Object[] row = (Object[]) o;
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
        List<Candidate> out = new ArrayList<>(children.size());
        for (Builder b : children.values()) {
            String[] ident = identifiers.getOrDefault(b.id, new String[2]);
            out.add(new Candidate(b.id, b.cpId, b.shielded, b.authority, new MatchRecord(List.copyOf(b.given),
                    String.join(" ", b.family), b.dob, b.gender, b.postcode, ident[0], ident[1])));
        }
        return out;
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
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
