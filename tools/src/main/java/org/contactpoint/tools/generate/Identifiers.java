package org.contactpoint.tools.generate;

import org.contactpoint.child.entity.NhsNumber;

/** Unique, well-formed national identifiers derived from a child's index, so no two generated children share one. */
final class Identifiers {

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Identifiers() {
    }

    /** A bijection on [0, 2^26): scrambles indexes so consecutive children do not get consecutive numbers. */
    static long scramble(long index) {
        long x = index & 0x3FF_FFFFL;
        x = (x * 0x2545F4DL) & 0x3FF_FFFFL;
        x ^= x >>> 13;
        return x;
    }

    /**
     * An NHS number in the 400–601 million range: three consecutive nine-digit prefixes are reserved per child;
     * at most one of them has no valid mod-11 check digit, so the first valid one is taken.
     */
    static String nhsNumber(long index) {
        long base = 400_000_000L + scramble(index) * 3;
        for (int k = 0; k < 3; k++) {
            String prefix = Long.toString(base + k);
            int check = NhsNumber.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
        throw new IllegalStateException("no valid NHS number for index " + index);
    }

    /** A unique pupil number: check letter, DfE LA number, then nine digits from the index; DfE's check letter rule. */
    static String upn(long index, String dfeNumber) {
        String body = dfeNumber + String.format("%09d", scramble(index) % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23) + body;
    }

    static String childBenefitRef(long index) {
        return "CHB" + String.format("%010d", scramble(index) * 7 + 1_000_003L);
    }
}
