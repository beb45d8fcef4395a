package no.gevinst.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static VerifiedCredentials remembering(long seconds) {
        VerifiedCredentials credentials = new VerifiedCredentials();
        credentials.seconds = seconds;
        credentials.makeKey();
        credentials.remember("kari", "riktig passord".toCharArray(), "hash-1", NOW);
        return credentials;
    }

    @Test
    void theSamePasswordAgainstTheSameStoredHashIsRememberedForAWhile() {
        VerifiedCredentials credentials = remembering(300);
        assertTrue(credentials.isRecentlyVerified("kari", "riktig passord".toCharArray(), "hash-1", NOW.plusSeconds(299)));
        assertFalse(credentials.isRecentlyVerified("kari", "riktig passord".toCharArray(), "hash-1", NOW.plusSeconds(300)));
    }

    @Test
    void anotherPasswordUserOrChangedStoredHashIsNeverTakenFromMemory() {
        VerifiedCredentials credentials = remembering(300);
        assertFalse(credentials.isRecentlyVerified("kari", "feil passord".toCharArray(), "hash-1", NOW));
        assertFalse(credentials.isRecentlyVerified("ola", "riktig passord".toCharArray(), "hash-1", NOW));
        assertFalse(credentials.isRecentlyVerified("kari", "riktig passord".toCharArray(), "hash-2", NOW),
                "the password was changed since");
    }

    @Test
    void zeroSecondsTurnsItOff() {
        assertFalse(remembering(0).isRecentlyVerified("kari", "riktig passord".toCharArray(), "hash-1", NOW));
    }
}
