package no.gevinst.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** PBKDF2 with HMAC-SHA512. The stored hash carries its own iteration count, so raising the count later is safe. */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "gevinst.security.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /**
     * Verified against when the user does not exist, so that a wrong username takes as long as a wrong password. Made
     * at the first such attempt rather than at start-up, where each PBKDF2 hash costs a noticeable part of a second.
     */
    private volatile String unknownUserHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time a real verification would. */
    public void verifyNothing(char[] password) {
        String known = unknownUserHash;
        if (known == null) {
            // Making the hash takes as long as verifying one.
            unknownUserHash = hash.generate("no such user".toCharArray());
        } else {
            hash.verify(password, known);
        }
    }
}
