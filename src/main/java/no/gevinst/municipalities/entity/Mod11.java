package no.gevinst.municipalities.entity;

/** The MOD11 check digit used by Norwegian organisation numbers and bank account numbers. */
final class Mod11 {

    private Mod11() {
    }

    /**
     * True when {@code digits} is exactly one digit longer than {@code weights}, holds only the digits 0-9, and its
     * last digit is the MOD11 check digit of the others. A remainder that gives check digit 10 makes it invalid.
     */
    static boolean hasValidCheckDigit(String digits, int[] weights) {
        if (digits == null || digits.length() != weights.length + 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < weights.length) {
                sum += (c - '0') * weights[i];
            }
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(weights.length) - '0';
    }

    /** Removes the spaces and dots people type into numbers ("8601 11 17947", "974.760.673"). */
    static String compact(String input) {
        return input == null ? null : input.replaceAll("[\\s.]", "");
    }
}
