package org.contactpoint.matching.control;

import org.contactpoint.matching.entity.FieldComparator;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.search.entity.ChildSearchKey;
import org.contactpoint.search.entity.NameKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking passes and the keys a record or a held child has in each: NHS number or UPN; date of birth +
 * family-name sound; postcode district + date of birth + given-name initial; given- and family-name sounds + birth
 * year; date of birth + given-name sound (a changed family name); and, for shield-safety, shielded children born that
 * day (or with day and month swapped). A record meets a child in a pass when they share
 * that pass's key, so a misspelt family name, a swapped date of birth or a missing postcode still meets it in
 * another pass. The keys of a record and of a child are made here alike, from one name row each; a record also
 * meets the children whose family name sounds like its given name (names keyed the wrong way round).
 */
public final class BlockingKeys {

    /** One pass: the table and columns its key is looked up in (an index range each). */
    public enum Pass {
        NHS("child_identifier", "scheme = 'NHS'", "identifier_value"),
        UPN("child_identifier", "scheme = 'UPN'", "identifier_value"),
        FAMILY_BORN("child_search_key", null, "family_metaphone", "date_of_birth"),
        /** The initial is matched as a prefix of the stored first given name. */
        DISTRICT_BORN_INITIAL("child_search_key", null, "postcode_district", "date_of_birth", "given_first"),
        NAMES_YEAR("child_search_key", null, "given_metaphone", "family_metaphone", "birth_year"),
        BORN_GIVEN("child_search_key", null, "date_of_birth", "given_metaphone"),
        /**
         * Shield-safety's own pass: the shielded children born that day (or with day and month swapped), whatever
         * their names. A shielded record from one source without a postcode and another source's record with both
         * names mistyped share no other key (at a million children, three such records made unshielded duplicates
         * of shielded children); {@link IdentityDecision} then reviews and shields the record if the shielded child
         * may be it. Shielded children are few, so the pass is small.
         */
        SHIELDED_BORN("child", "shielded = TRUE AND status = 'ACTIVE'", "id", List.of("date_of_birth"));

        final String table;
        final String filter;
        /** The column holding the child's id in {@link #table}. */
        final String childColumn;
        final List<String> columns;

        Pass(String table, String filter, String... columns) {
            this(table, filter, "child_id", List.of(columns));
        }

        Pass(String table, String filter, String childColumn, List<String> columns) {
            this.table = table;
            this.filter = filter;
            this.childColumn = childColumn;
            this.columns = columns;
        }

        /** The last column holds an initial compared as a prefix ({@code LIKE 'j%'}), not a whole value. */
        boolean lastIsPrefix() {
            return this == DISTRICT_BORN_INITIAL;
        }
    }

    /** A pass and the values of its columns. */
    public record Key(Pass pass, List<Object> values) {
    }

    /** What one name of a record or child gives the name passes. */
    private record NameRow(String givenFirst, String givenMetaphone, String familyMetaphone, LocalDate born, String district) {
    }

    private BlockingKeys() {
    }

    /** A record's keys: one name row per given name it is known by, all with its family name; and the swapped key. */
    public static Set<Key> of(MatchRecord r) {
        String family = NameKeys.metaphone(r.familyName());
        String district = r.postcode() == null ? null : FieldComparator.district(r.postcode());
        List<NameRow> rows = new ArrayList<>();
        for (String names : r.givenNames()) {
            List<String> parts = NameKeys.parts(names);
            if (!parts.isEmpty() && !parts.get(0).isEmpty()) {
                rows.add(new NameRow(parts.get(0), NameKeys.metaphone(parts.get(0)), family, r.dateOfBirth(), district));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new NameRow(null, null, family, r.dateOfBirth(), district));
        }
        Set<Key> keys = keys(rows, r.nhsNumber(), r.upn());
        // names keyed the wrong way round: children born that day whose family name sounds like this given name
        if (rows.get(0).givenFirst() != null) {
            add(keys, Pass.FAMILY_BORN, NameKeys.metaphone(rows.get(0).givenFirst()), r.dateOfBirth());
        }
        return keys;
    }

    /** A held child's keys, from its search-key rows (one per name it is known by) and its identifiers. */
    public static Set<Key> of(List<ChildSearchKey> searchKeys, String nhsNumber, String upn) {
        List<NameRow> rows = searchKeys.stream().map(k -> new NameRow(k.givenFirst(), k.givenMetaphone(), k.familyMetaphone(),
                k.dateOfBirth(), k.postcodeDistrict())).toList();
        return keys(rows, nhsNumber, upn);
    }

    private static Set<Key> keys(List<NameRow> rows, String nhsNumber, String upn) {
        Set<Key> keys = new LinkedHashSet<>();
        add(keys, Pass.NHS, nhsNumber);
        add(keys, Pass.UPN, upn);
        for (NameRow row : rows) {
            add(keys, Pass.FAMILY_BORN, row.familyMetaphone(), row.born());
            String initial = row.givenFirst() == null || row.givenFirst().isEmpty() ? null : row.givenFirst().substring(0, 1);
            add(keys, Pass.DISTRICT_BORN_INITIAL, row.district(), row.born(), initial);
            add(keys, Pass.NAMES_YEAR, row.givenMetaphone(), row.familyMetaphone(), row.born() == null ? null : row.born().getYear());
            add(keys, Pass.BORN_GIVEN, row.born(), row.givenMetaphone());
            keys.addAll(shieldedBorn(row.born()));
        }
        return keys;
    }

    /** The keys by which a shielded child born that day is met ({@link Pass#SHIELDED_BORN}). */
    public static Set<Key> shieldedBorn(LocalDate born) {
        Set<Key> keys = new LinkedHashSet<>();
        add(keys, Pass.SHIELDED_BORN, born);
        add(keys, Pass.SHIELDED_BORN, swapped(born));
        return keys;
    }

    /** The date with day and month swapped, when that is another valid date (null otherwise). */
    static LocalDate swapped(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** A pass missing a value is left out: an empty key would meet every child without one. */
    private static void add(Set<Key> keys, Pass pass, Object... values) {
        for (Object value : values) {
            if (value == null || value.toString().isEmpty()) {
                return;
            }
        }
        keys.add(new Key(pass, List.of(values)));
    }
}
