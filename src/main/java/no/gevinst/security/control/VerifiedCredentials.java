package no.gevinst.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a few minutes and in this node's memory only, that a username and password were verified, so that
 * an API client sending HTTP Basic with every request does not pay the full PBKDF2 cost each time. Only a keyed
 * hash (HMAC with a key made at start-up) of the password is kept, together with the stored hash it was checked
 * against: a changed password no longer matches, and the account's other rules (active, locked) are checked on
 * every request all the same.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Verified(byte[] passwordMac, String storedHash, Instant at) {
    }

    @Inject
    @ConfigProperty(name = "gevinst.security.credential-cache-seconds", defaultValue = "300")
    long seconds;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private SecretKeySpec key;

    @PostConstruct
    void makeKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public boolean isRecentlyVerified(String username, char[] password, String storedHash, Instant now) {
        Verified entry = verified.get(username);
        return seconds > 0 && entry != null && entry.storedHash().equals(storedHash)
                && now.isBefore(entry.at().plus(Duration.ofSeconds(seconds)))
                && MessageDigest.isEqual(entry.passwordMac(), mac(username, password));
    }

    public void remember(String username, char[] password, String storedHash, Instant now) {
        if (seconds <= 0) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(username, new Verified(mac(username, password), storedHash, now));
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            hmac.update(bytes);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
