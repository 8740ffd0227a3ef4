package org.contactpoint.search.entity;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        return normalise(name).replace(" ", "");
    }

    public static String metaphone(String name) {
        String compact = compact(name);
        return compact.isEmpty() ? "" : METAPHONE.doubleMetaphone(compact);
    }

    public static String metaphoneAlternate(String name) {
        String compact = compact(name);
        return compact.isEmpty() ? "" : METAPHONE.doubleMetaphone(compact, true);
    }

    public static String nysiis(String name) {
        String compact = compact(name);
        return compact.isEmpty() ? "" : NYSIIS.encode(compact);
    }

    private static String scottishPrefix(String part) {
        return part.startsWith("mc") && part.length() > 3 ? "mac" + part.substring(2) : part;
    }
}
