package org.contactpoint.search.control;

import org.contactpoint.search.entity.DatesOfBirth;

import org.contactpoint.search.entity.NameKeys;
import org.contactpoint.search.entity.SearchKeys;
import jakarta.enterprise.context.Dependent;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.search.api.SearchResults;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds live children for a checked query: by identifier (a merged record's ID resolves to its survivor), or by
 * reading the search keys of the family name's spellings and sounds for the dates of birth that can score, scoring
 * every name of every candidate and keeping each child's best.
 */
@Dependent
public class ChildFinder {

    /** Enough candidates to rank the best 100 well; the criteria rule keeps real searches far below it. */
    static final int MAX_CANDIDATE_ROWS = 20_000;


    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Resource(lookup = "jdbc/contactpoint")
    DataSource dataSource;

    /**
     * Scored child row ids, best first: every candidate that scored, live or not (the caller reads the best ones'
     * records anyway, status included, so liveness is checked there, once, for only as many as are shown).
     */
    public List<Scored> find(SearchQuery q) {
        if (q.hasIdentifier()) {
            return byIdentifier(q).map(id -> List.of(new Scored(id, 100))).orElse(List.of());
        }
        Map<Long, Integer> best = new HashMap<>();
        SearchScorer scorer = SearchScorer.of(q);
        for (KeyRow row : candidates(q)) {
            int score = scorer.score(row);
            if (score > 0) {
                best.merge(row.childId(), score, Math::max);
            }
        }
        return best.entrySet().stream().map(e -> new Scored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::childId)).toList();
    }

    /** A child row id with its score. */
    public record Scored(long childId, int score) {
    }

    /**
     * The candidate rows, read with plain JDBC: a search reads hundreds to thousands of rows, and the JPA layer spent
     * more converting them than the database spent finding them (the REST search benchmark's profile,
     * docs/benchmarks.md). Read-only, so the pool's connection need not be the transaction's.
     */
    private List<KeyRow> candidates(SearchQuery q) {
        String family = q.familyName();
        List<Object> parameters = new ArrayList<>();
        String sql = q.dateOfBirth() != null ? onDates(q, family, parameters) : inRange(q, family, parameters);
        List<KeyRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setMaxRows(MAX_CANDIDATE_ROWS);
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(KeyRow.of(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading search keys failed", e);
        }
        return rows;
    }

    /** With a date of birth: the family name's spellings and sounds on the dates that can score. */
    private static String onDates(SearchQuery q, String family, List<Object> parameters) {
        // only the dates that can score (exact, swapped, one part off): at 12 million children a year either side
        // of a common family-name sound held 20,000 key rows, these dates hold a twentieth of them
        List<LocalDate> agreeing = DatesOfBirth.agreeing(q.dateOfBirth(), q.bornFrom(), q.bornTo());
        StringBuilder sql = new StringBuilder(KeyRow.SELECT_SQL).append(" WHERE date_of_birth IN (")
                .append(String.join(", ", Collections.nCopies(agreeing.size(), "?"))).append(')');
        agreeing.forEach(d -> parameters.add(java.sql.Date.valueOf(d)));
        sql.append(" AND (family_norm = ? OR family_metaphone IN (?, ?) OR family_metaphone_alt IN (?, ?) OR family_nysiis = ?");
        parameters.addAll(List.of(family, NameKeys.metaphone(family), NameKeys.metaphoneAlternate(family),
                NameKeys.metaphone(family), NameKeys.metaphoneAlternate(family), SearchKeys.nysiisKey(family)));
        // a misspelling no phonetic code catches (Thompson/Thomson) is still found by its first letters and the date
        java.sql.Date dob = java.sql.Date.valueOf(q.dateOfBirth());
        java.sql.Date swapped = java.sql.Date.valueOf(DatesOfBirth.swapped(q.dateOfBirth()).orElse(q.dateOfBirth()));
        String compact = family.replace(" ", "");
        sql.append(" OR (family_prefix = ? AND date_of_birth IN (?, ?))");
        parameters.addAll(List.of(compact.substring(0, Math.min(3, compact.length())), dob, swapped));
        if (q.givenName() != null) {
            // misspelt in its first letters (Lycnh, Wlsh): the date and the given name's sound still find it
            sql.append(" OR (date_of_birth IN (?, ?) AND given_metaphone = ?)");
            parameters.addAll(List.of(dob, swapped, NameKeys.metaphone(NameKeys.parts(q.givenName()).get(0))));
        }
        return sql.append(')').toString();
    }

    /**
     * With a year or an age range: every key row of the family name's sounds born then, thousands for a common name.
     * The rows of its sound come from the sound-and-date index alone (on PostgreSQL it carries every column scored,
     * V26), in the index's order rather than one table page each; the few its spelling and other sounds add beyond
     * them are found by row id from their indexes. The same rows as one OR of the four, none twice. Those row ids go
     * as an array, not {@code IN (…)}: PostgreSQL took the IN form for thousands of rows (the indexes' rows before the
     * sound is filtered out), costed the query high enough to compile it, and spent 11 of a search's 39 ms on that.
     */
    static String inRange(SearchQuery q, String family, List<Object> parameters) {
        java.sql.Date from = java.sql.Date.valueOf(q.bornFrom());
        java.sql.Date to = java.sql.Date.valueOf(q.bornTo());
        String sound = NameKeys.metaphone(family);
        String alternate = NameKeys.metaphoneAlternate(family);
        String others = " AND date_of_birth BETWEEN ? AND ? AND family_metaphone NOT IN (?, ?)";
        parameters.addAll(List.of(sound, alternate, from, to));
        parameters.addAll(List.of(family, from, to, sound, alternate));
        parameters.addAll(List.of(sound, alternate, from, to, sound, alternate));
        parameters.addAll(List.of(SearchKeys.nysiisKey(family), from, to, sound, alternate));
        return KeyRow.SELECT_SQL + " WHERE family_metaphone IN (?, ?) AND date_of_birth BETWEEN ? AND ?"
                + " UNION ALL " + KeyRow.SELECT_SQL + " WHERE id = ANY (ARRAY("
                + "SELECT id FROM child_search_key WHERE family_norm = ?" + others
                + " UNION SELECT id FROM child_search_key WHERE family_metaphone_alt IN (?, ?)" + others
                + " UNION SELECT id FROM child_search_key WHERE family_nysiis = ?" + others + "))";
    }

    private Optional<Long> byIdentifier(SearchQuery q) {
        if (q.contactPointId() != null) {
            return resolve(q.contactPointId(), 0);
        }
        IdentifierScheme scheme = q.nhsNumber() != null ? IdentifierScheme.NHS : IdentifierScheme.UPN;
        String value = q.nhsNumber() != null ? q.nhsNumber() : q.upn();
        return em.createQuery("SELECT i.child.id FROM ChildIdentifier i WHERE i.scheme = :scheme AND i.value = :value "
                        + "AND i.child.status = :active", Long.class)
                .setParameter("scheme", scheme).setParameter("value", value).setParameter("active", ChildStatus.ACTIVE)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A merged record's ID resolves to its survivor (a chain of merges is followed a few steps). */
    private Optional<Long> resolve(String cpId, int depth) {
        Optional<Object[]> row = em.createQuery("SELECT c.id, c.status, c.survivorCpId FROM Child c WHERE c.cpId.value = :id",
                Object[].class).setParameter("id", cpId).getResultStream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        ChildStatus status = (ChildStatus) row.get()[1];
        if (status == ChildStatus.MERGED && row.get()[2] != null && depth < 5) {
            return resolve((String) row.get()[2], depth + 1);
        }
        return status == ChildStatus.ACTIVE ? Optional.of((Long) row.get()[0]) : Optional.empty();
    }
}
