package no.gevinst.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of a system's access token, against a real issuer on loopback (NAV's mock-oauth2-server) whose keys
 * are fetched from its published metadata: what the container test cannot reach quickly (clock skew, algorithms).
 */
class AccessTokensTest {

    private static final String AUDIENCE = "https://gevinst.test/api";
    private static MockOAuth2Server issuer;

    @BeforeAll
    static void start() {
        issuer = new MockOAuth2Server();
        issuer.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterAll
    static void stop() {
        issuer.shutdown();
    }

    private static AccessTokens tokens(int clockSkewSeconds) {
        AccessTokens tokens = new AccessTokens();
        tokens.issuer = Optional.of(issuer.issuerUrl("maskinporten").toString());
        tokens.audience = Optional.of(AUDIENCE);
        tokens.jwksUri = Optional.empty();
        tokens.clockSkewSeconds = clockSkewSeconds;
        tokens.applicationsScope = "gevinst:applications";
        tokens.accountingScope = "gevinst:accounting";
        return tokens;
    }

    private static Map<String, Object> claims(String consumerId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("scope", "gevinst:applications other:scope");
        if (consumerId != null) {
            claims.put("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", consumerId));
        }
        return claims;
    }

    private static String token(String audience, Map<String, Object> claims, long lifetimeSeconds) {
        return issuer.issueToken("maskinporten", "client", new DefaultOAuth2TokenCallback("maskinporten", "client",
                JOSEObjectType.JWT.getType(), List.of(audience), claims, lifetimeSeconds)).serialize();
    }

    @Test
    void aValidTokenNamesItsOrganisationAndScopes() throws Exception {
        var token = tokens(30).verify(token(AUDIENCE, claims("0192:960510542"), 120));
        assertEquals("960510542", token.organisationNumber());
        assertEquals(Set.of("gevinst:applications", "other:scope"), token.scopes());
        assertTrue(token.id() != null && !token.id().isBlank());
    }

    @Test
    void theClockSkewIsAllowedButNeverMoreThanFiveMinutes() throws Exception {
        String expiredAMinuteAgo = token(AUDIENCE, claims("0192:960510542"), -60);
        assertEquals("960510542", tokens(120).verify(expiredAMinuteAgo).organisationNumber(), "within the skew");
        var refused = assertThrows(AccessTokens.RefusedToken.class, () -> tokens(30).verify(expiredAMinuteAgo));
        assertTrue(refused.getMessage().contains("Expired"), refused.getMessage());

        String expiredTenMinutesAgo = token(AUDIENCE, claims("0192:960510542"), -600);
        assertThrows(AccessTokens.RefusedToken.class, () -> tokens(3600).verify(expiredTenMinutesAgo),
                "a configured hour is bounded to five minutes");
    }

    @Test
    void aTokenForAnotherAudienceWithoutAConsumerOrSignedWithASharedSecretIsRefused() throws Exception {
        AccessTokens tokens = tokens(30);
        var audience = assertThrows(AccessTokens.RefusedToken.class,
                () -> tokens.verify(token("https://elsewhere.test", claims("0192:960510542"), 120)));
        assertTrue(audience.getMessage().contains("aud"), audience.getMessage());
        assertThrows(AccessTokens.RefusedToken.class, () -> tokens.verify(token(AUDIENCE, claims(null), 120)));
        assertThrows(AccessTokens.RefusedToken.class, () -> tokens.verify(token(AUDIENCE, claims("0088:123"), 120)));

        var hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer(issuer.issuerUrl("maskinporten").toString()).audience(AUDIENCE)
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).claim("scope", "gevinst:applications")
                .claim("consumer", Map.of("ID", "0192:960510542")).build());
        hmac.sign(new MACSigner("a shared secret that anyone who read the code would know".getBytes()));
        assertThrows(AccessTokens.RefusedToken.class, () -> tokens.verify(hmac.serialize()), "symmetric: refused");
    }

    @Test
    void withoutAnIssuerNoTokenIsAccepted() {
        AccessTokens none = tokens(30);
        none.issuer = Optional.empty();
        var refused = assertThrows(AccessTokens.RefusedToken.class,
                () -> none.verify(token(AUDIENCE, claims("0192:960510542"), 120)));
        assertTrue(refused.getMessage().contains("No token issuer"), refused.getMessage());
    }
}
