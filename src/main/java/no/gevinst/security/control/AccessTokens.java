package no.gevinst.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Issuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the access tokens that other organisations' systems send to the API: JWTs from the configured issuer
 * (Maskinporten, or an issuer like it), signed with one of the issuer's published keys (its JWKS, fetched once and
 * cached, fetched again when a token names a key not seen yet), with {@code iss}, {@code aud}, {@code exp} and
 * {@code nbf} checked within a bounded clock skew. The token names the organisation it was issued to in its
 * {@code consumer} claim ({@code {"authority": "iso6523-actorid-upis", "ID": "0192:<organisation number>"}}) and what
 * it may do in {@code scope}.
 */
@ApplicationScoped
public class AccessTokens {

    /** The longest clock skew we allow, whatever is configured: a token's lifetime is only a couple of minutes. */
    static final int MAX_CLOCK_SKEW_SECONDS = 300;

    /** The Norwegian organisation number register's ISO 6523 code, in front of the number in {@code consumer.ID}. */
    private static final Pattern CONSUMER_ID = Pattern.compile("0192:(\\d{9})");

    /** Asymmetric algorithms only: a symmetric (HMAC) or unsigned ({@code alg=none}) token is never accepted. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** A token that passed every check. */
    public record AccessToken(String organisationNumber, Set<String> scopes, String id, Instant expiresAt) {
    }

    /** A token that is not valid here; the reason is the library's, in English, for the client and the trail. */
    public static class RefusedToken extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedToken(String reason) {
            super(reason);
        }
    }

    /** The issuer could not be asked for its keys: not the client's fault, and no answer on the token either way. */
    public static class IssuerUnreachable extends Exception {
        private static final long serialVersionUID = 1L;

        public IssuerUnreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @ConfigProperty(name = "gevinst.maskinporten.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "gevinst.maskinporten.audience")
    Optional<String> audience;

    @Inject
    @ConfigProperty(name = "gevinst.maskinporten.jwks-uri")
    Optional<String> jwksUri;

    @Inject
    @ConfigProperty(name = "gevinst.maskinporten.clock-skew-seconds", defaultValue = "30")
    int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "gevinst.maskinporten.scope.applications", defaultValue = "gevinst:applications")
    String applicationsScope;

    @Inject
    @ConfigProperty(name = "gevinst.maskinporten.scope.accounting", defaultValue = "gevinst:accounting")
    String accountingScope;

    private volatile DefaultJWTProcessor<SecurityContext> processor;

    /** Whether an issuer is configured: without one, no bearer token is accepted. */
    public boolean isConfigured() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    /** The scope that lets a municipality's system act for it as its users do. */
    public String applicationsScope() {
        return applicationsScope;
    }

    /** The scope of the directorate's accounting system: payments, batches and their bank files. */
    public String accountingScope() {
        return accountingScope;
    }

    public AccessToken verify(String token) throws RefusedToken, IssuerUnreachable {
        if (!isConfigured()) {
            throw new RefusedToken("No token issuer is configured; use HTTP Basic");
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (KeySourceException e) {
            throw new IssuerUnreachable("The token issuer's keys could not be fetched", e);
        } catch (ParseException e) {
            throw new RefusedToken("Malformed token: " + e.getMessage());
        } catch (BadJOSEException e) {
            throw new RefusedToken(e.getMessage());
        } catch (JOSEException e) {
            throw new RefusedToken("The token's signature could not be checked: " + e.getMessage());
        }
        String id = claims.getJWTID() != null ? claims.getJWTID()
                : com.nimbusds.jose.util.Base64URL.encode(sha256(token)).toString();
        return new AccessToken(consumer(claims), scopes(claims), id, claims.getExpirationTime().toInstant());
    }

    private static byte[] sha256(String token) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String consumer(JWTClaimsSet claims) throws RefusedToken {
        Object id;
        try {
            Map<String, Object> consumer = claims.getJSONObjectClaim("consumer");
            id = consumer == null ? null : consumer.get("ID");
        } catch (ParseException e) {
            id = null;
        }
        var matcher = id instanceof String value ? CONSUMER_ID.matcher(value) : null;
        if (matcher == null || !matcher.matches()) {
            throw new RefusedToken("The token names no consumer organisation (consumer.ID \"0192:<number>\")");
        }
        return matcher.group(1);
    }

    private static Set<String> scopes(JWTClaimsSet claims) {
        Object scope = claims.getClaim("scope");
        return scope instanceof String value ? new LinkedHashSet<>(Arrays.asList(value.trim().split("\\s+")))
                : Set.of();
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws IssuerUnreachable {
        DefaultJWTProcessor<SecurityContext> ready = processor;
        if (ready == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = newProcessor();
                }
                ready = processor;
            }
        }
        return ready;
    }

    private DefaultJWTProcessor<SecurityContext> newProcessor() throws IssuerUnreachable {
        String expectedIssuer = issuer.orElseThrow();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(keySetUrl(expectedIssuer),
                new DefaultResourceRetriever(5_000, 5_000, 512 * 1024)).build();
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null,
                new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        var verifier = new DefaultJWTClaimsVerifier<SecurityContext>(
                audience.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                        "gevinst.maskinporten.audience must be set with gevinst.maskinporten.issuer")),
                new JWTClaimsSet.Builder().issuer(expectedIssuer).build(), Set.of("exp", "consumer", "scope"));
        verifier.setMaxClockSkew(Math.max(0, Math.min(clockSkewSeconds, MAX_CLOCK_SKEW_SECONDS)));
        processor.setJWTClaimsSetVerifier(verifier);
        return processor;
    }

    /** The configured key set, or the one the issuer's OAuth 2.0 metadata (RFC 8414) names. */
    private URL keySetUrl(String expectedIssuer) throws IssuerUnreachable {
        try {
            if (jwksUri.filter(value -> !value.isBlank()).isPresent()) {
                return URI.create(jwksUri.get()).toURL();
            }
            // Maskinporten publishes its metadata under the issuer (…/.well-known/oauth-authorization-server).
            String base = expectedIssuer.endsWith("/") ? expectedIssuer.substring(0, expectedIssuer.length() - 1)
                    : expectedIssuer;
            var request = new HTTPRequest(HTTPRequest.Method.GET,
                    URI.create(base + "/.well-known/oauth-authorization-server"));
            request.setConnectTimeout(5_000);
            request.setReadTimeout(5_000);
            var metadata = AuthorizationServerMetadata.parse(request.send().getBodyAsJSONObject());
            if (!metadata.getIssuer().equals(new Issuer(expectedIssuer))) {
                throw new IllegalStateException("The issuer's metadata names another issuer: " + metadata.getIssuer());
            }
            return metadata.getJWKSetURI().toURL();
        } catch (IOException | GeneralException e) {
            throw new IssuerUnreachable("The token issuer's metadata could not be read", e);
        }
    }
}
