package no.gevinst.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import no.gevinst.security.entity.LockoutPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Security settings from MicroProfile Config. */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "gevinst.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "gevinst.security.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "gevinst.demo.enabled")
    Optional<Boolean> demoSetting;

    @Inject
    @ConfigProperty(name = "gevinst.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "gevinst.security.local-passwords", defaultValue = "true")
    boolean localPasswords;

    /** Whether users may sign in with a password of Gevinst's (pages and HTTP Basic); off where a provider signs all in. */
    public boolean localPasswords() {
        return localPasswords;
    }

    @Produces
    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailedLogins, Duration.ofMinutes(lockMinutes));
    }

    /** Demo data and demo logins: as configured, or else on for the embedded H2 database only. */
    public boolean demoEnabled() {
        return demoSetting.orElseGet(() -> databaseUrl.startsWith("jdbc:h2:"));
    }
}
