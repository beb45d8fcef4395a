package no.gevinst.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Fjelltur-i-mai, ''",
        "fjellturimai2026, ''",
        "kort1A, validation.password.tooShort",
        "bareSmåOgStoreBokstaver, ''",
        "barebokstaveriettord, validation.password.oneKind",
        "123456789012, validation.password.oneKind",
        "kari.nordmann-2026, validation.password.containsUsername",
    })
    void aPasswordIsLongAndVariedEnoughAndDoesNotContainTheUsername(String password, String expected) {
        List<String> keys = PasswordPolicy.violations("newPassword", "kari.nordmann", password).stream()
                .map(Violation::messageKey).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), keys);
    }
}
