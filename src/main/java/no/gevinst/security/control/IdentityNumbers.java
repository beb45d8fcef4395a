package no.gevinst.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.bekk.bekkopen.person.FodselsnummerValidator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Norwegian national identity numbers (fødselsnummer and D-nummer), which ID-porten gives as {@code pid}: Gevinst
 * keeps none of them, only their keyed hash (HMAC-SHA256 with {@code gevinst.idporten.identity-number-key}), which
 * finds the same person again and tells nobody the number without the key.
 */
@ApplicationScoped
public class IdentityNumbers {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    @ConfigProperty(name = "gevinst.idporten.identity-number-key")
    Optional<String> key;

    /** Test environments of ID-porten sign in synthetic people (Skatteetaten's Tenor numbers: month + 80). */
    @Inject
    @ConfigProperty(name = "gevinst.idporten.synthetic-identity-numbers", defaultValue = "false")
    boolean syntheticNumbers;

    @PostConstruct
    void configure() {
        FodselsnummerValidator.ALLOW_SYNTHETIC_NUMBERS = syntheticNumbers;
    }

    /** Whether numbers can be kept at all here: a key is configured. */
    public boolean isConfigured() {
        return key.filter(value -> value.length() >= 32).isPresent();
    }

    /** A number as people type it, with spaces removed; whether it is a valid number (date, check digits). */
    public static boolean isValid(String typed) {
        return typed != null && FodselsnummerValidator.isValid(compact(typed));
    }

    public static String compact(String typed) {
        return typed == null ? null : typed.replaceAll("\\s", "");
    }

    /** The number's keyed hash, as stored; the same number always gives the same hash under the same key. */
    public String keyedHash(String identityNumber) {
        String secret = key.filter(value -> value.length() >= 32).orElseThrow(() -> new IllegalStateException(
                "gevinst.idporten.identity-number-key is not set (at least 32 characters)"));
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(compact(identityNumber).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
