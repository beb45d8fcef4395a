package no.gevinst.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final LockoutPolicy FIVE_FOR_FIFTEEN = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static UserAccount caseHandler() {
        return new UserAccount("saksbehandler", "Test Testesen", null, Role.CASE_HANDLER, null, "hash", false);
    }

    @Test
    void theFifthFailedLoginInARowLocksTheAccountForTheConfiguredTime() {
        UserAccount account = caseHandler();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertFalse(account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN), "attempt " + attempt);
            assertFalse(account.isLockedAt(NOW));
        }
        assertTrue(account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN));
        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(account.isLockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        UserAccount account = caseHandler();
        for (int attempt = 1; attempt <= 4; attempt++) {
            account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN);
        }
        account.recordSuccessfulLogin();
        assertEquals(0, account.getFailedLogins());
        assertFalse(account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN));
    }

    @Test
    void onlyAMunicipalityUserBelongsToAMunicipality() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("kommune", "K", null, Role.MUNICIPALITY, null, "hash", false));
    }

    @Test
    void anApproverIsAlsoACaseHandler() {
        assertEquals(Set.of("APPROVER", "CASE_HANDLER"), Role.APPROVER.groups());
        assertEquals(Set.of("MANAGEMENT"), Role.MANAGEMENT.groups());
    }
}
