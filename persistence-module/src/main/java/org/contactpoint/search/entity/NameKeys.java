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
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        plain = plain.replaceAll("['’`]", "").replaceAll("[^a-z]+", " ").trim().replaceAll(" +", " ");
        return Arrays.stream(plain.split(" ")).map(NameKeys::scottishPrefix).reduce((a, b) -> a + " " + b).orElse("");
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
