package org.contactpoint.search.control;

import org.contactpoint.search.entity.JaroWinkler;
import org.contactpoint.search.entity.DatesOfBirth;

import org.contactpoint.search.entity.NameKeys;
import org.contactpoint.search.entity.Nicknames;
import org.contactpoint.search.entity.SearchKeys;
import org.contactpoint.child.entity.Gender;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one of a child's names matches a search: exact beats phonetic beats nickname beats a near spelling;
 * a date of birth with day and month swapped, or one part wrong, still scores. Zero means "not this child".
 * <p>
 * One scorer per search ({@link #of}): a search by year or age range scores up to 20,000 key rows, and those rows
 * hold a few thousand distinct names. The scorer remembers the score of each family and given name it has seen (by
 * the key columns that score depends on), so a name met again costs a look-up instead of the comparisons: a quarter
 * of the CPU or less for such a search (docs/benchmarks.md, eighteenth run, which also found its latency tail to lie
 * elsewhere).
 */
public final class SearchScorer {

    static final int FAMILY_EXACT = 40;
    static final int FAMILY_PHONETIC = 30;
    static final int FAMILY_NEAR = 22;
    static final int GIVEN_EXACT = 30;
    static final int GIVEN_PHONETIC = 22;
    static final int GIVEN_NICKNAME = 20;
    static final int GIVEN_NEAR = 16;
    static final int GIVEN_OTHER_PART = 14;
    static final int GIVEN_INITIAL = 4;
    static final int DOB_EXACT = 30;
    static final int DOB_SWAPPED = 22;
    static final int DOB_ONE_PART_OFF = 12;
    static final int IN_RANGE = 20;
    static final int GENDER_AGREES = 5;
    static final int GENDER_DISAGREES = -10;
    static final int POSTCODE_EXACT = 15;
    static final int POSTCODE_DISTRICT = 8;
    static final int TOWN = 8;
    private static final double NEAR = 0.88;

    /** The key columns a family score is computed from. */
    private record FamilyName(String norm, String metaphone, String metaphoneAlt, String nysiis) {
    }

    /** The key columns a given-name score is computed from. */
    private record GivenName(String norm, String first, String metaphone) {
    }

    private final SearchQuery q;
    private final Map<FamilyName, Integer> familyScores = new HashMap<>();
    private final Map<GivenName, Integer> givenScores = new HashMap<>();

    private SearchScorer(SearchQuery q) {
        this.q = q;
    }

    /** A scorer for one search's candidate rows (not shared between threads). */
    public static SearchScorer of(SearchQuery q) {
        return new SearchScorer(q);
    }

    public int score(KeyRow k) {
        int family = familyScores.computeIfAbsent(new FamilyName(k.familyNorm(), k.familyMetaphone(),
                k.familyMetaphoneAlt(), k.familyNysiis()), name -> family(q.familyName(), k));
        if (family == 0) {
            return 0;
        }
        int dob = dateOfBirth(q, k);
        if (dob == 0) {
            return 0;
        }
        int given = givenScores.computeIfAbsent(new GivenName(k.givenNorm(), k.givenFirst(), k.givenMetaphone()),
                name -> given(q.givenName(), k));
        return Math.max(1, family + dob + given + gender(q.gender(), k.gender()) + location(q, k));
    }

    static int family(String wanted, KeyRow k) {
        if (wanted == null) {
            return 0;
        }
        String compact = wanted.replace(" ", "");
        if (wanted.equals(k.familyNorm()) || compact.equals(k.familyNorm().replace(" ", ""))) {
            return FAMILY_EXACT;
        }
        List<String> codes = List.of(NameKeys.metaphone(wanted), NameKeys.metaphoneAlternate(wanted));
        if (codes.contains(k.familyMetaphone()) || codes.contains(k.familyMetaphoneAlt())
                || !k.familyNysiis().isEmpty() && SearchKeys.nysiisKey(wanted).equals(k.familyNysiis())) {
            return FAMILY_PHONETIC;
        }
        return near(compact, k.familyNorm().replace(" ", "")) ? FAMILY_NEAR : 0;
    }

    static int given(String wanted, KeyRow k) {
        if (wanted == null) {
            return 0;
        }
        String first = NameKeys.parts(wanted).get(0);
        if (wanted.equals(k.givenNorm()) || first.equals(k.givenFirst())) {
            return GIVEN_EXACT;
        }
        if (NameKeys.metaphone(first).equals(k.givenMetaphone()) && !first.isEmpty()) {
            return GIVEN_PHONETIC;
        }
        if (Nicknames.related(first, k.givenFirst())) {
            return GIVEN_NICKNAME;
        }
        if (near(first, k.givenFirst())) {
            return GIVEN_NEAR;
        }
        if (NameKeys.parts(k.givenNorm()).contains(first)) {
            return GIVEN_OTHER_PART;
        }
        return !k.givenFirst().isEmpty() && first.charAt(0) == k.givenFirst().charAt(0) ? GIVEN_INITIAL : 0;
    }

    /**
     * A near spelling: close by Jaro–Winkler, or two neighbouring letters swapped. Jaro–Winkler looks for a letter at
     * most half the longer name's length away, less one: no distance at all for three letters, so "Onr" for "Orn"
     * scored 0.60 and a child was not found (docs/benchmarks.md, seventeenth run).
     */
    static boolean near(String wanted, String held) {
        return JaroWinkler.similarity(wanted, held) >= NEAR || neighboursSwapped(wanted, held);
    }

    private static boolean neighboursSwapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    static int dateOfBirth(SearchQuery q, KeyRow k) {
        if (q.dateOfBirth() != null) {
            return switch (DatesOfBirth.compare(q.dateOfBirth(), k.dateOfBirth())) {
                case EXACT -> DOB_EXACT;
                case SWAPPED -> DOB_SWAPPED;
                case ONE_PART_OFF -> DOB_ONE_PART_OFF;
                case DIFFERENT -> 0;
            };
        }
        boolean inRange = !k.dateOfBirth().isBefore(q.bornFrom()) && !k.dateOfBirth().isAfter(q.bornTo());
        return inRange ? IN_RANGE : 0;
    }

    static int gender(Gender wanted, Gender held) {
        if (wanted == null || wanted == Gender.UNKNOWN || held == Gender.UNKNOWN) {
            return 0;
        }
        return wanted == held ? GENDER_AGREES : GENDER_DISAGREES;
    }

    static int location(SearchQuery q, KeyRow k) {
        int score = 0;
        if (q.postcode() != null && q.postcode().equals(k.postcode())) {
            score += POSTCODE_EXACT;
        } else if (q.postcodeDistrict() != null && q.postcodeDistrict().equals(k.postcodeDistrict())) {
            score += POSTCODE_DISTRICT;
        }
        if (q.town() != null && q.town().equals(k.townNorm())) {
            score += TOWN;
        }
        return score;
    }
}
