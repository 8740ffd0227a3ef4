package org.contactpoint.matching.entity;

import org.contactpoint.search.entity.DatesOfBirth;
import org.contactpoint.search.entity.JaroWinkler;
import org.contactpoint.search.entity.NameKeys;
import org.contactpoint.search.entity.Nicknames;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The agreement level of each field of two records. Names are compared part by part (Olivia Grace against Grace)
 * after normalising (case, accents, punctuation): equal, nicknames of each other (given names), sounding alike
 * (Metaphone or NYSIIS), or close in spelling (Jaro–Winkler ≥ {@value #SIMILAR}); the best pair of parts counts.
 * Of given names, a pair counts only if one of the two is the first name of its own: a child may go by a middle
 * name (Olivia Grace known as Grace), but two middle names alone (Oliver James and Harry James) are twins as often as
 * one child, and twins are the children matching must keep apart.
 */
public final class FieldComparator {

    static final double SIMILAR = 0.88;
    /** At or above it, two given names agreeing only by sound are one name mistyped or spelt otherwise. */
    static final double SPELT_ALIKE = 0.80;

    private FieldComparator() {
    }

    public static Agreement compare(MatchField field, MatchRecord a, MatchRecord b) {
        return switch (field) {
            case NHS_NUMBER -> identifier(a.nhsNumber(), b.nhsNumber());
            case UPN -> identifier(a.upn(), b.upn());
            case GIVEN_NAME -> bestOf(a.givenNames(), b.givenNames(), true);
            case FAMILY_NAME -> bestOf(NameKeys.parts(a.familyName()), NameKeys.parts(b.familyName()), false);
            case DATE_OF_BIRTH -> dateOfBirth(a, b);
            case GENDER -> gender(a.gender(), b.gender());
            case POSTCODE -> postcode(a.postcode(), b.postcode());
        };
    }

    /** Whether a first given name of one (of its name or a known-as name) is, as spelt, a first given name of the other. */
    public static boolean firstNamesAgree(MatchRecord a, MatchRecord b) {
        Set<String> firsts = new HashSet<>();
        a.givenNames().forEach(name -> firstOf(name).ifPresent(firsts::add));
        return b.givenNames().stream().map(FieldComparator::firstOf).flatMap(Optional::stream).anyMatch(firsts::contains);
    }

    private static Optional<String> firstOf(String givenNames) {
        List<String> parts = NameKeys.parts(givenNames);
        return parts.isEmpty() ? Optional.empty() : Optional.of(NameKeys.compact(parts.get(0)))
                .filter(first -> !first.isEmpty());
    }

    private static Agreement identifier(String a, String b) {
        if (blank(a) || blank(b)) {
            return Agreement.MISSING;
        }
        return a.replace(" ", "").equalsIgnoreCase(b.replace(" ", "")) ? Agreement.EXACT : Agreement.DIFFERENT;
    }

    /**
     * Whether, of the pairs of given names that agree by sound alone, one is also spelt alike (Jaro–Winkler ≥
     * {@value #SPELT_ALIKE}): Olivai and Olivia are one name mistyped, Lily and Lola two names.
     */
    static boolean soundAlikeSpeltAlike(MatchRecord a, MatchRecord b) {
        return anyPair(a.givenNames(), b.givenNames(), true, (x, y) -> name(x, y, true) == Agreement.PHONETIC
                && JaroWinkler.similarity(NameKeys.compact(x), NameKeys.compact(y)) >= SPELT_ALIKE);
    }

    private static Agreement bestOf(List<String> as, List<String> bs, boolean given) {
        Agreement[] best = {Agreement.MISSING};
        anyPair(as, bs, given, (x, y) -> {
            Agreement level = name(x, y, given);
            if (level.ordinal() < best[0].ordinal()) {
                best[0] = level;
            }
            return false;
        });
        return best[0];
    }

    /**
     * Whether any pair of name parts compared passes the test (each is tried until one does). Of given names, a pair
     * is compared only if one of the two is the first of its name.
     */
    private static boolean anyPair(List<String> as, List<String> bs, boolean given, BiPredicate<String, String> test) {
        for (String a : as) {
            List<String> parts = NameKeys.parts(a);
            for (int i = 0; i < parts.size(); i++) {
                for (String b : bs) {
                    List<String> others = NameKeys.parts(b);
                    for (int j = 0; j < others.size(); j++) {
                        if ((!given || i == 0 || j == 0) && test.test(parts.get(i), others.get(j))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    static Agreement name(String a, String b, boolean nicknames) {
        String x = NameKeys.compact(a);
        String y = NameKeys.compact(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Agreement.MISSING;
        }
        if (x.equals(y)) {
            return Agreement.EXACT;
        }
        if (nicknames && Nicknames.related(x, y)) {
            return Agreement.NICKNAME;
        }
        if (NameKeys.metaphone(x).equals(NameKeys.metaphone(y)) || NameKeys.nysiis(x).equals(NameKeys.nysiis(y))) {
            return Agreement.PHONETIC;
        }
        return JaroWinkler.similarity(x, y) >= SIMILAR ? Agreement.SIMILAR : Agreement.DIFFERENT;
    }

    private static Agreement dateOfBirth(MatchRecord a, MatchRecord b) {
        if (a.dateOfBirth() == null || b.dateOfBirth() == null) {
            return Agreement.MISSING;
        }
        return switch (DatesOfBirth.compare(a.dateOfBirth(), b.dateOfBirth())) {
            case EXACT -> Agreement.EXACT;
            case SWAPPED -> Agreement.SWAPPED;
            case ONE_PART_OFF -> Agreement.ONE_PART_OFF;
            case DIFFERENT -> Agreement.DIFFERENT;
        };
    }

    private static Agreement gender(String a, String b) {
        if (blank(a) || blank(b) || a.equalsIgnoreCase("unknown") || b.equalsIgnoreCase("unknown")) {
            return Agreement.MISSING;
        }
        return a.equalsIgnoreCase(b) ? Agreement.EXACT : Agreement.DIFFERENT;
    }

    private static Agreement postcode(String a, String b) {
        if (blank(a) || blank(b)) {
            return Agreement.MISSING;
        }
        String x = a.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        String y = b.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (x.equals(y)) {
            return Agreement.EXACT;
        }
        return district(a).equals(district(b)) ? Agreement.DISTRICT : Agreement.DIFFERENT;
    }

    /** The outward code: "NG2 7QP" → "NG2" (a postcode without its space: all but the last three characters). */
    public static String district(String postcode) {
        String p = postcode.strip().toUpperCase(java.util.Locale.ROOT);
        int space = p.indexOf(' ');
        if (space > 0) {
            return p.substring(0, space);
        }
        return p.length() > 3 ? p.substring(0, p.length() - 3) : p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
