package org.contactpoint.child.entity;

/**
 * NHS number rules: ten digits, the last a modulus 11 check digit. Weights 10..2 are applied to the first nine
 * digits; check = 11 - (sum mod 11), where 11 becomes 0 and 10 means the number is invalid.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The check digit for nine leading digits, or -1 when no valid NHS number starts with them. */
    public static int checkDigit(CharSequence nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int check = checkDigit(digits);
        return check >= 0 && check == digits.charAt(9) - '0';
    }
}
