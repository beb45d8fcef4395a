package no.gevinst.security.entity;

import no.gevinst.platform.entity.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.gevinst.platform.entity.EmailAddress;
import no.gevinst.platform.entity.Violation;

/**
 * Who a user is and what they may do, as an administrator types it. {@link #violations} says what breaks the rules;
 * the municipality is given by its number.
 */
public record UserProfile(String username, String fullName, String email, String preferredLanguage, Set<Role> roles,
        String municipalityNumber) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

    public UserProfile {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        municipalityNumber = municipalityNumber == null || municipalityNumber.isBlank() ? null : municipalityNumber.trim();
        preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage.trim();
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (username == null || username.isBlank()) {
            violations.add(Violation.of("username", "validation.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            violations.add(Violation.of("username", "validation.user.username"));
        }
        if (fullName == null || fullName.isBlank()) {
            violations.add(Violation.of("fullName", "validation.required"));
        } else if (fullName.length() > 200) {
            violations.add(Violation.of("fullName", "validation.tooLong", 200));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email)) {
            violations.add(Violation.of("email", "validation.email"));
        }
        if (preferredLanguage != null && !LANGUAGES.contains(preferredLanguage)) {
            violations.add(Violation.of("preferredLanguage", "validation.unknownValue", preferredLanguage));
        }
        violations.addAll(roleViolations(roles, municipalityNumber != null));
        return violations;
    }

    /**
     * A municipality user acts for one municipality and holds no directorate role (an access administrator is a
     * municipality user too); every user has a role.
     */
    static List<Violation> roleViolations(Set<Role> roles, boolean hasMunicipality) {
        List<Violation> violations = new ArrayList<>();
        boolean municipal = roles.stream().anyMatch(Role::isMunicipal);
        if (roles.isEmpty()) {
            violations.add(Violation.of("roles", "validation.user.noRole"));
        } else if (municipal && !Role.MUNICIPAL.containsAll(roles)) {
            violations.add(Violation.of("roles", "validation.user.municipalityWithDirectorate"));
        }
        if (municipal && !hasMunicipality) {
            violations.add(Violation.of("municipality", "validation.user.municipalityRequired"));
        }
        if (!municipal && hasMunicipality) {
            violations.add(Violation.of("municipality", "validation.user.municipalityOnlyForMunicipality"));
        }
        return violations;
    }
}
