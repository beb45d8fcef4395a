package no.gevinst.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsernameAndPasswordWhichMayHoldColonsAndNonAsciiLetters() {
        var credential = GevinstAuthenticationMechanism.basicCredential(basic("kommune.voss:pass:ord-æøå"));
        assertEquals("kommune.voss", credential.getCaller());
        assertEquals("pass:ord-æøå", credential.getPasswordAsString());
    }

    @Test
    void malformedHeadersGiveNoCredential() {
        assertNull(GevinstAuthenticationMechanism.basicCredential(null));
        assertNull(GevinstAuthenticationMechanism.basicCredential("Bearer abc"));
        assertNull(GevinstAuthenticationMechanism.basicCredential("Basic !!!not-base64"));
        assertNull(GevinstAuthenticationMechanism.basicCredential(basic("no-colon")));
        assertNull(GevinstAuthenticationMechanism.basicCredential(basic(":password-without-user")));
    }
}
