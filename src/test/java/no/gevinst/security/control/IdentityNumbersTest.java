package no.gevinst.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    private static IdentityNumbers keyed(String key) {
        IdentityNumbers numbers = new IdentityNumbers();
        numbers.key = Optional.ofNullable(key);
        numbers.configure();
        return numbers;
    }

    @Test
    void aNumberIsValidByItsDateAndBothCheckDigitsAsPeopleTypeIt() {
        String valid = no.bekk.bekkopen.person.FodselsnummerCalculator.getFodselsnummerForDate(
                java.util.Date.from(java.time.Instant.parse("1985-06-15T12:00:00Z"))).getValue();
        assertTrue(IdentityNumbers.isValid(valid));
        assertTrue(IdentityNumbers.isValid(valid.substring(0, 6) + " " + valid.substring(6)), "with a space");
        String wrongCheck = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
        assertFalse(IdentityNumbers.isValid(wrongCheck));
        assertFalse(IdentityNumbers.isValid("12345678901"));
        assertFalse(IdentityNumbers.isValid(valid.substring(1)), "ten digits");
        assertFalse(IdentityNumbers.isValid(null));
    }

    @Test
    void onlyTheKeyedHashIsKeptAndItFindsTheSamePersonAgain() {
        IdentityNumbers numbers = keyed("a-key-of-at-least-thirty-two-characters");
        String number = "15819010029";
        String hash = numbers.keyedHash(number);
        assertEquals(64, hash.length(), "HMAC-SHA256 in hex");
        assertFalse(hash.contains(number));
        assertEquals(hash, numbers.keyedHash("158190 10029"), "as typed with a space");
        assertNotEquals(hash, keyed("another-key-of-at-least-thirty-two-chars").keyedHash(number),
                "without the key, no one finds the number from the hash");
        assertThrows(IllegalStateException.class, () -> keyed("too short").keyedHash(number));
        assertFalse(keyed(null).isConfigured());
    }
}
