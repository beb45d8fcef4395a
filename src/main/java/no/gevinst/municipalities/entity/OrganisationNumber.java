package no.gevinst.municipalities.entity;

import java.io.Serializable;

/** A Norwegian organisation number (organisasjonsnummer): nine digits, the last a MOD11 check digit. */
public record OrganisationNumber(String value) implements Serializable {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        if (!Mod11.hasValidCheckDigit(value, WEIGHTS)) {
            throw new IllegalArgumentException("Not a valid organisation number: " + value);
        }
    }

    /** Accepts the number as people write it, with spaces or dots between groups. */
    public static OrganisationNumber parse(String input) {
        return new OrganisationNumber(Mod11.compact(input));
    }

    public static boolean isValid(String input) {
        return Mod11.hasValidCheckDigit(Mod11.compact(input), WEIGHTS);
    }

    /** As printed in letters: {@code 921 234 554}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
