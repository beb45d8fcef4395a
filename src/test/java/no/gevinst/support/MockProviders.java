package no.gevinst.support;

import com.nimbusds.jose.JOSEObjectType;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The outside identity providers, stood in for by one real OAuth 2.0 / OpenID Connect server (NAV's
 * mock-oauth2-server) on the loopback port that the build reserved and gave Payara in its configuration
 * ({@code gevinst.it.oauth.port}; pom.xml). Each provider is an issuer of its own on it, with its own keys:
 * {@value #MASKINPORTEN} issues the access tokens of other organisations' systems, with Maskinporten's claims.
 * Started once for the test JVM, so its keys stay the ones Payara has cached.
 */
public final class MockProviders {

    public static final String MASKINPORTEN = "maskinporten";
    /** The directorate's provider for its staff, with a groups claim (pom.xml maps the groups to roles). */
    public static final String STAFF = "staff";
    public static final String APPROVER_GROUP = "gevinst-godkjennere";
    /** ID-porten, for the municipalities' people: its ID tokens carry {@code pid} and {@code acr}. */
    public static final String ID_PORTEN = "idporten";
    public static final String SUBSTANTIAL = "idporten-loa-substantial";
    public static final String HIGH = "idporten-loa-high";
    public static final String LOW = "idporten-loa-low";
    /** The audience Gevinst's API is configured with (pom.xml, GEVINST_MASKINPORTEN_AUDIENCE). */
    public static final String API_AUDIENCE = "https://gevinst.test/api";
    public static final String APPLICATIONS_SCOPE = "gevinst:applications";
    public static final String ACCOUNTING_SCOPE = "gevinst:accounting";

    private static MockOAuth2Server server;

    private MockProviders() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            Integer port = Integer.getInteger("gevinst.it.oauth.port");
            if (port == null) {
                throw new IllegalStateException("gevinst.it.oauth.port is not set: run the tests through Maven");
            }
            MockOAuth2Server started = new MockOAuth2Server();
            try {
                started.start(InetAddress.getLoopbackAddress(), port);
            } catch (RuntimeException e) {
                throw new IllegalStateException("The mock providers could not listen on 127.0.0.1:" + port, e);
            }
            server = started;
        }
        return server;
    }

    /** The claims Maskinporten puts in an access token for a consumer organisation and scope. */
    public static Map<String, Object> maskinportenClaims(String organisationNumber, String scope) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("scope", scope);
        claims.put("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + organisationNumber));
        claims.put("client_id", "gevinst-test-" + organisationNumber);
        claims.put("token_type", "Bearer");
        return claims;
    }

    /**
     * An access token as a system gets it from Maskinporten: asked for at the token endpoint over HTTP (the
     * client-credentials grant stands in for Maskinporten's JWT grant; the token is the same kind).
     */
    public static String maskinportenToken(String organisationNumber, String scope) {
        var provider = server();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(MASKINPORTEN, "gevinst-test-" + organisationNumber,
                JOSEObjectType.JWT.getType(), List.of(API_AUDIENCE), maskinportenClaims(organisationNumber, scope), 600));
        URI tokenEndpoint = provider.tokenEndpointUrl(MASKINPORTEN).uri();
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=gevinst-test-"
                        + organisationNumber + "&client_secret=secret&scope=" + scope.replace(" ", "%20")))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The mock Maskinporten answered " + response.statusCode() + ": "
                        + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The staff provider's directory: each person's groups as it says them now, at sign-in and when asked again. */
    private static final Map<String, List<String>> STAFF_GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The next sign-in at the staff provider is this person, in these groups: the claims of the ID token it issues
     * when Gevinst exchanges the code (the client id is Gevinst's, pom.xml), and of every ID token it issues when
     * Gevinst refreshes them, with the groups the directory has then ({@link #changeStaffGroups}).
     */
    public static void nextStaffSignIn(String subject, String username, String name, List<String> groups) {
        STAFF_GROUPS.put(subject, groups);
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", name);
        claims.put("email", username);
        server().enqueueCallback(new DefaultOAuth2TokenCallback(STAFF, subject, JOSEObjectType.JWT.getType(),
                List.of("gevinst"), claims, 3600) {
            @Override
            public Map<String, Object> addClaims(com.nimbusds.oauth2.sdk.TokenRequest request) {
                Map<String, Object> now = new HashMap<>(super.addClaims(request));
                now.put("groups", STAFF_GROUPS.get(subject));
                return now;
            }
        });
    }

    /**
     * The next sign-in at ID-porten is the person with this national identity number, at this level of assurance:
     * the claims ID-porten's ID token carries ({@code sub} is the pairwise identifier ID-porten makes per client).
     */
    public static void nextIdPortenSignIn(String identityNumber, String level) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("pid", identityNumber);
        claims.put("acr", level);
        claims.put("amr", List.of("BankID"));
        claims.put("locale", "nb");
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ID_PORTEN, "pairwise-" + Integer.toHexString(
                identityNumber.hashCode()), JOSEObjectType.JWT.getType(), List.of("gevinst-idporten"), claims, 3600));
    }

    /** A national identity number no test has used in this run: valid (date and check digits), of a random date. */
    public static String newIdentityNumber() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        java.time.LocalDate born = java.time.LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        var numbers = no.bekk.bekkopen.person.FodselsnummerCalculator.getManyFodselsnummerForDate(
                java.util.Date.from(born.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return numbers.get(random.nextInt(numbers.size())).getValue();
    }

    /** The addresses of the requests the providers received since last asked, oldest first. */
    public static List<String> received() {
        List<String> urls = new java.util.ArrayList<>();
        while (true) {
            try {
                urls.add(server().takeRequest(100, java.util.concurrent.TimeUnit.MILLISECONDS).getRequestUrl()
                        .toString());
            } catch (RuntimeException none) {
                // the mock says so when no request came within the time
                return urls;
            }
        }
    }

    /** A request to a provider's token endpoint: its form body and its Authorization header (null if none). */
    public record TokenRequest(String body, String authorization) {
    }

    /** The requests to {@code issuerId}'s token endpoint since the providers were last asked, oldest first. */
    public static List<TokenRequest> tokenRequests(String issuerId) {
        List<TokenRequest> found = new java.util.ArrayList<>();
        while (true) {
            try {
                var request = server().takeRequest(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (request.getRequestUrl().encodedPath().equals("/" + issuerId + "/token")) {
                    found.add(new TokenRequest(request.getBody().readUtf8(), request.getHeader("Authorization")));
                }
            } catch (RuntimeException none) {
                // the mock says so when no request came within the time
                return found;
            }
        }
    }

    /** The directory puts a person in other groups (or none): the provider says so from its next token on. */
    public static void changeStaffGroups(String subject, List<String> groups) {
        STAFF_GROUPS.put(subject, groups);
    }

    /** A token from {@code issuerId} with these claims, audience and lifetime (negative: expired that long ago). */
    public static String token(String issuerId, String audience, Map<String, Object> claims, long lifetimeSeconds) {
        return server().issueToken(issuerId, "gevinst-test", new DefaultOAuth2TokenCallback(issuerId, "gevinst-test",
                JOSEObjectType.JWT.getType(), List.of(audience), claims, lifetimeSeconds)).serialize();
    }
}
