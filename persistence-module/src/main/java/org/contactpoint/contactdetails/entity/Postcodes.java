package org.contactpoint.contactdetails.entity;

import java.util.Locale;

/** Postcode forms used by search keys, matching and the responsible-authority lookup. */
public final class Postcodes {

    private Postcodes() {
    }

    /** Upper case with one space before the inward code ("ng27qp" → "NG2 7QP"); null or blank stays null. */
    public static String normalise(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5) {
            return compact;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** The outward code ("NG2 7QP" → "NG2"), which maps to a local authority; null when there is no postcode. */
    public static String district(String postcode) {
        String normal = normalise(postcode);
        if (normal == null) {
            return null;
        }
        int space = normal.indexOf(' ');
        return space < 0 ? normal : normal.substring(0, space);
    }
}
