package org.contactpoint.search.entity;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The search keys of a name (ARCHITECTURE.md §6), computed in Java so a search is a few index lookups on H2 and
 * PostgreSQL alike: a normalised form (case, accents, apostrophes, hyphens and spaces, "Mc" as "Mac"), and two
 * phonetic codes, Double Metaphone (English and many other origins) and NYSIIS (tuned to names).
 */
public final class NameKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final Nysiis NYSIIS = new Nysiis(false);

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private NameKeys() {
    }

    /** "O'Brien-Smith" → "obrien smith"; "McDonald" → "macdonald"; "Zoë" → "zoe". Null or blank → "". */
    public static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        // A plain loop, not regular expressions: search scores every candidate's names, so this runs thousands of
        // times a second (regex replaceAll compiled a pattern on each call and was the search's hottest code).
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else if (c == '\'' || c == '’' || c == '`' || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue; // O'Brien is obrien; é is e
            } else {
                space = true;
            }
        }
        String plain = out.toString();
        if (!plain.contains("mc")) {
            return plain;
        }
        return Arrays.stream(plain.split(" ")).map(NameKeys::scottishPrefix).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The parts of a name, normalised: a double-barrelled or multi-word name is searchable by each part. */
    public static List<String> parts(String name) {
        String normal = normalise(name);
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }

    /** The whole name as one key: "Smith-Jones" and "Smith Jones" and "SMITHJONES" meet. */
    public static String compact(String name) {
        return COMPACT.of(name);
    }

    public static String metaphone(String name) {
        return PRIMARY.of(name);
    }

    public static String metaphoneAlternate(String name) {
        return ALTERNATE.of(name);
    }

    public static String nysiis(String name) {
        return NYSIIS_CODES.of(name);
    }

    private static final Codes COMPACT = new Codes(name -> normalise(name).replace(" ", ""));
    private static final Codes PRIMARY = new Codes(name -> coded(compact(name), METAPHONE::doubleMetaphone));
    private static final Codes ALTERNATE = new Codes(name -> coded(compact(name), c -> METAPHONE.doubleMetaphone(c, true)));
    private static final Codes NYSIIS_CODES = new Codes(name -> coded(compact(name), NYSIIS::encode));

    private static String coded(String compact, UnaryOperator<String> code) {
        return compact.isEmpty() ? "" : code.apply(compact);
    }

    /**
     * One key of names, remembered: matching compares the same names again and again (every pair of records
     * compared normalised and coded both names afresh, most of the scoring's time in a million-child load), and a
     * nation's names are a few hundred thousand. Bounded all the same (tens of megabytes at most): emptied when full.
     */
    private static final class Codes {
        private static final int MAX = 100_000;
        private final UnaryOperator<String> code;
        private final Map<String, String> known = new ConcurrentHashMap<>();

        Codes(UnaryOperator<String> code) {
            this.code = code;
        }

        String of(String name) {
            if (name == null) {
                return "";
            }
            String held = known.get(name);
            if (held != null) {
                return held;
            }
            String coded = code.apply(name);
            if (known.size() >= MAX) {
                known.clear();
            }
            known.put(name, coded);
            return coded;
        }
    }

    private static String scottishPrefix(String part) {
        return part.startsWith("mc") && part.length() > 3 ? "mac" + part.substring(2) : part;
    }
}
