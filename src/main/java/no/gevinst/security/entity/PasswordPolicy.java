package no.gevinst.security.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.platform.entity.Violation;

/**
 * What a password chosen by a user must be: at least 12 characters, of at least two kinds (lower case, upper case,
 * digits, other), and not containing the username. Length matters more than kinds; the rule stays easy to follow.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    public static List<Violation> violations(String field, String username, String password) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            violations.add(Violation.of(field, "validation.required"));
            return violations;
        }
        if (password.length() < MIN_LENGTH) {
            violations.add(Violation.of(field, "validation.password.tooShort", MIN_LENGTH));
        } else if (password.length() > 200) {
            violations.add(Violation.of(field, "validation.tooLong", 200));
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 2) {
            violations.add(Violation.of(field, "validation.password.oneKind"));
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.of(field, "validation.password.containsUsername"));
        }
        return violations;
    }
}
