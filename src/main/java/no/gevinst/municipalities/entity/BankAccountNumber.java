package no.gevinst.municipalities.entity;

import java.io.Serializable;

/**
 * A Norwegian bank account number (kontonummer, BBAN): eleven digits, the last a MOD11 check digit. Numbers whose
 * bank register part is 0000 are refused: no bank has that register number, so such a number is a typing error.
 */
public record BankAccountNumber(String value) implements Serializable {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public BankAccountNumber {
        if (!isValidCompact(value)) {
            throw new IllegalArgumentException("Not a valid bank account number: " + value);
        }
    }

    /** Accepts the number as people write it: {@code 8601 11 17947} or {@code 8601.11.17947}. */
    public static BankAccountNumber parse(String input) {
        return new BankAccountNumber(Mod11.compact(input));
    }

    public static boolean isValid(String input) {
        return isValidCompact(Mod11.compact(input));
    }

    private static boolean isValidCompact(String digits) {
        return Mod11.hasValidCheckDigit(digits, WEIGHTS) && !digits.startsWith("0000");
    }

    /** As printed for people: {@code 8601 11 17947}. */
    public String formatted() {
        return value.substring(0, 4) + " " + value.substring(4, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
