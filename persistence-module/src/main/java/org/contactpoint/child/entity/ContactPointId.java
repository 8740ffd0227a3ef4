package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * The ContactPoint ID: ten digits, the first nine a serial number allocated from the database sequence
 * {@code contactpoint_id_seq} (so an ID is never reused), the tenth a check digit.
 * <p>
 * Check digit: the <a href="https://en.wikipedia.org/wiki/Damm_algorithm">Damm algorithm</a> over the nine
 * serial digits with the standard order-10 weakly totally anti-symmetric quasigroup table. Starting with an interim
 * digit of 0, each digit d updates it to {@code TABLE[interim][d]}; the final interim digit is the check digit.
 * A full ID is valid when running the same loop over all ten digits ends at 0. Damm detects every single-digit
 * error and every adjacent transposition, and always yields a digit (unlike mod 11, no serial has to be skipped).
 */
@Embeddable
public class ContactPointId implements Serializable {

    private static final int[][] TABLE = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    /** Serials are nine digits without a leading zero, so every ID has exactly ten digits. */
    public static final long FIRST_SERIAL = 100_000_000L;
    public static final long LAST_SERIAL = 999_999_999L;

    @Column(name = "cp_id", length = 10, nullable = false, unique = true, updatable = false)
    private String value;

    protected ContactPointId() {
        // for JPA
    }

    private ContactPointId(String value) {
        this.value = value;
    }

    /** The ID for a serial drawn from the database sequence. */
    public static ContactPointId fromSerial(long serial) {
        if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
            throw new IllegalArgumentException("ContactPoint ID serial " + serial + " is outside "
                    + FIRST_SERIAL + "–" + LAST_SERIAL);
        }
        String digits = Long.toString(serial);
        return new ContactPointId(digits + checkDigit(digits));
    }

    /**
     * Parses an ID typed or sent by a person or system. Spaces are allowed between digit groups.
     *
     * @throws InvalidContactPointIdException naming what is wrong
     */
    public static ContactPointId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidContactPointIdException("ContactPoint ID is empty");
        }
        String digits = text.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            throw new InvalidContactPointIdException("ContactPoint ID must be 10 digits, got '" + abbreviate(text) + "'");
        }
        if (digits.charAt(0) == '0') {
            throw new InvalidContactPointIdException("ContactPoint ID cannot start with 0");
        }
        if (interim(digits) != 0) {
            throw new InvalidContactPointIdException("ContactPoint ID " + digits
                    + " has a wrong check digit: please check it was typed correctly");
        }
        return new ContactPointId(digits);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidContactPointIdException e) {
            return false;
        }
    }

    static int checkDigit(String digits) {
        return interim(digits);
    }

    private static int interim(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    public String value() {
        return value;
    }

    /** Grouped 3-3-4 for reading aloud on the phone, as printed on screens. */
    public String formatted() {
        return format(value);
    }

    /** The 3-3-4 grouping of an ID's ten digits (for views that carry the ID as text). */
    public static String format(String digits) {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPointId other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
