package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.OpenApiShape;
import no.gevinst.support.RollbackFilter;
import no.gevinst.support.RouteAccess;
import no.gevinst.support.Scenario;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The platform in a real Payara Micro with a real database: migrations, health, OpenAPI, the register API, login
 * with lockout, access rules and error answers. One deployment for all of it, so Payara starts once for this class.
 */
public abstract class PlatformIT {

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    /** The stored document of the API before the restructuring, and who each of its operations turned away. */
    private static final String CONTRACT_DOCUMENT = "/contract/openapi-before.json";
    private static final String CONTRACT_ROLES = "/contract/roles-before.txt";

    /** A user of each role, as the demo data has them, in the matrix's order. */
    private static final Map<String, String> ONE_USER_PER_ROLE = new LinkedHashMap<>();

    static {
        ONE_USER_PER_ROLE.put("MUNICIPALITY", "kommune.drammen");
        ONE_USER_PER_ROLE.put("CASE_HANDLER", "saksbehandler1");
        ONE_USER_PER_ROLE.put("APPROVER", "godkjenner1");
        ONE_USER_PER_ROLE.put("MANAGEMENT", "ledelse");
        ONE_USER_PER_ROLE.put("ADMIN", "admin");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountSoEvenTheRightPasswordIsRefused() {
        String username = api().send("POST", "api/v1/test-support/users?prefix=lockout&role=CASE_HANDLER&password=Riktig-passord-1",
                "admin", null).body();
        assertEquals(200, api().get("api/v1/municipalities?size=1", username, "Riktig-passord-1", null).statusCode());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api().get("api/v1/municipalities?size=1", username, "feil", null).statusCode(),
                    "attempt " + attempt);
        }
        assertEquals(401, api().get("api/v1/municipalities?size=1", username, "Riktig-passord-1", null).statusCode());
        assertEquals(5, events("LOGIN_FAILED", username));
        assertEquals(1, events("ACCOUNT_LOCKED", username));
        assertEquals(1, events("LOGIN_REFUSED", username));
    }

    /** A failed login says the same whether the user exists or not, on the login page and in the API. */
    @Test
    void aFailedLoginDoesNotTellWhetherTheUserExists() {
        String username = api().send("POST", "api/v1/test-support/users?prefix=enumeration&role=CASE_HANDLER"
                + "&password=Riktig-passord-1", "admin", null).body();
        String unknown = "finnes.ikke." + System.nanoTime();
        var known = WebSession.attemptLogin(Deployments.onLoopback(base), username, "feil-passord");
        var stranger = WebSession.attemptLogin(Deployments.onLoopback(base), unknown, "feil-passord");
        assertEquals(known.statusCode(), stranger.statusCode());
        java.util.regex.Pattern message = java.util.regex.Pattern.compile("ui-messages-error-summary\">([^<]+)<");
        java.util.regex.Matcher first = message.matcher(known.body());
        java.util.regex.Matcher second = message.matcher(stranger.body());
        assertTrue(first.find() && second.find(), "a message on both pages");
        assertEquals(first.group(1), second.group(1), "the same message");

        var apiKnown = Api.json(api().get("api/v1/municipalities", username, "feil-passord", null));
        var apiStranger = Api.json(api().get("api/v1/municipalities", unknown, "feil-passord", null));
        assertEquals(apiKnown.getString("title"), apiStranger.getString("title"));
        assertEquals(apiKnown.getString("detail", ""), apiStranger.getString("detail", ""));
    }

    private long events(String kind, String username) {
        return Long.parseLong(api().get("api/v1/test-support/events?kind=" + kind + "&user=" + username, "admin").body());
    }

    @Test
    void readyOnlyAfterTheMigrations() {
        var response = api().getAbsolute(api().serverRoot().resolve("/health/ready"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Api.json(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> check.getString("name").equals("database-migrations")
                        && check.getString("status").equals("UP")));
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var response = api().getAbsolute(api().serverRoot().resolve("/openapi"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/municipalities"), response.body());
        assertTrue(response.body().contains("Gevinst API"));
    }

    /**
     * The REST API as it was before its resources were restructured (commit b070397): the live document has every
     * path, method, parameter, request body and response of the stored one, with the same schemas (resolved through
     * their references, so the names schemas are filed under may change, as may descriptions). What the stored one left
     * undescribed (dates and times as bare objects, unwritten error answers) may be described now: see
     * {@link OpenApiShape}.
     */
    @Test
    void theApiHasTheShapeItHadBeforeTheRestructuring() {
        var response = api().getAbsolute(api().serverRoot().resolve("/openapi"), "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        OpenApiShape live = OpenApiShape.parse(response.body())
                .underContextRoot(URI.create(Deployments.onLoopback(base).toString()).getPath())
                .only(path -> !path.startsWith("/api/v1/test-support/"));
        List<String> differences = OpenApiShape.undecided(OpenApiShape.differences(
                OpenApiShape.parse(resource(CONTRACT_DOCUMENT)), live));
        assertTrue(differences.isEmpty(), differences.size() + " difference(s) from " + CONTRACT_DOCUMENT + ":\n"
                + String.join("\n", differences));
    }

    /**
     * Who may call what is decided in the boundaries, which /openapi does not show: every operation of the stored
     * document, called as a user of each role and without credentials, is turned away (401 or 403) or not as it was
     * before the restructuring ({@value #CONTRACT_ROLES}, recorded on the old code with {@code -Dcontract.record=FILE},
     * which writes the live matrix there instead of comparing).
     * <p>
     * The requests are refused by what they carry and are rolled back besides ({@link RouteAccess}). Path parameters
     * name what exists where that is safe: a draft of Drammen's made here (so its state is the same whatever ran
     * before), the demo call and its budget year, Drammen's number, a user. Elsewhere an id no entity has (999999):
     * payments, batches (the first bank file export marks a batch sent), notifications, milestones, attachments,
     * benefit targets, a user's account acts, the end of a municipality, and a report's name (a real one builds the
     * whole report; the role is checked before the name).
     */
    @Test
    void everyOperationTurnsAwayTheRolesItDidBeforeTheRestructuring() throws IOException {
        Api api = api();
        JsonObject demoCall = Api.json(api.get("api/v1/calls?size=500", "admin")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .min(Comparator.comparingLong(c -> c.getJsonNumber("id").longValue())).orElseThrow();
        var created = api.send("POST", "api/v1/applications", "kommune.drammen",
                "{\"callId\": " + demoCall.getJsonNumber("id") + ", \"title\": \"Kontraktsprøve\"}");
        assertEquals(201, created.statusCode(), created.body());
        long draft = Api.json(created).getJsonNumber("id").longValue();
        long user = Api.json(api.get("api/v1/users?q=saksbehandler2&size=500", "admin")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals("saksbehandler2"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        // The probes' safety net holds: a change that goes through under it is undone.
        var revised = api.send("PUT", "api/v1/applications/" + draft, "kommune.drammen",
                "{\"title\": \"Angret\"}", "If-Match", created.headers().firstValue("ETag").orElseThrow(),
                RollbackFilter.HEADER, "true");
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals("Angret", Api.json(revised).getString("title"));
        assertEquals("Kontraktsprøve", Api.json(api.get("api/v1/applications/" + draft, "kommune.drammen"))
                .getString("title"), "rolled back");

        RouteAccess access = new RouteAccess(Deployments.onLoopback(base), ONE_USER_PER_ROLE, Api.DEMO_PASSWORD,
                (operation, parameter) -> {
                    String path = operation.path();
                    if (parameter.equals("id") && path.startsWith("/api/v1/applications/")) {
                        return String.valueOf(draft);
                    } else if (parameter.equals("id") && path.startsWith("/api/v1/calls/")) {
                        return demoCall.getJsonNumber("id").toString();
                    } else if (parameter.equals("id") && path.equals("/api/v1/users/{id}")) {
                        return String.valueOf(user);
                    } else if (parameter.equals("number") && !path.endsWith("/end")) {
                        return "3301";
                    } else if (parameter.equals("year")) {
                        return String.valueOf(demoCall.getInt("budgetYear"));
                    }
                    return "999999";
                });
        List<RouteAccess.Answer> answers = access.answers(OpenApiShape.parse(resource(CONTRACT_DOCUMENT)));
        String record = System.getProperty("contract.record");
        if (record != null && !record.isBlank()) {
            Files.write(Path.of(record), RouteAccess.matrix(answers), StandardCharsets.UTF_8);
            answers.forEach(answer -> System.out.println("contract.record: " + answer.line() + " (" + answer.status()
                    + " at " + answer.url() + ")"));
            System.out.println("contract.record: wrote " + answers.size() + " lines to " + record
                    + "; nothing compared");
            return;
        }
        List<String> differences = RouteAccess.differences(resource(CONTRACT_ROLES).lines().toList(), answers);
        assertTrue(differences.isEmpty(), differences.size() + " difference(s) from " + CONTRACT_ROLES + ":\n"
                + String.join("\n", differences));
    }

    private static String resource(String name) {
        try (InputStream in = PlatformIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theRegisterHoldsAll357MunicipalitiesIn15Counties() {
        var response = api().get("api/v1/municipalities?size=500", "kommune.voss");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = Api.json(response);
        assertEquals(357, page.getInt("total"));
        var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(357, items.size());
        assertEquals(15, items.stream().map(m -> m.getString("countyNumber")).collect(Collectors.toSet()).size());
        JsonObject voss = items.stream().filter(m -> m.getString("number").equals("4621")).findFirst().orElseThrow();
        assertEquals("Voss", voss.getString("name"));
        assertEquals("Vestland", voss.getString("countyName"));
        assertEquals("960510542", voss.getString("organisationNumber"));
        assertEquals("NYNORSK", voss.getString("languageForm"));
    }

    @Test
    void theRegisterCanBeSearchedAndPaged() {
        JsonObject vestland = Api.json(api().get("api/v1/municipalities?county=46&size=10&page=1", "saksbehandler1"));
        assertEquals(43, vestland.getInt("total"));
        assertEquals(10, vestland.getJsonArray("items").size());
        assertEquals(1, vestland.getInt("page"));
        JsonObject drammen = Api.json(api().get("api/v1/municipalities?q=dramm", "ledelse"));
        assertEquals(1, drammen.getInt("total"));
        assertEquals("3301", drammen.getJsonArray("items").getJsonObject(0).getString("number"));
        assertEquals("NEUTRAL", drammen.getJsonArray("items").getJsonObject(0).getString("languageForm"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJsonInTheAskedLanguage() {
        var bokmaal = api().get("api/v1/municipalities", null, null, null);
        assertEquals(401, bokmaal.statusCode());
        assertTrue(bokmaal.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bokmaal.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("Ikke innlogget", Api.json(bokmaal).getString("title"));
        assertEquals(401, Api.json(bokmaal).getInt("status"));

        var nynorsk = api().get("api/v1/municipalities", null, null, "nn-NO,nn;q=0.9");
        assertEquals("Ikkje innlogga", Api.json(nynorsk).getString("title"));

        var wrongPassword = api().get("api/v1/municipalities", "ledelse", "not-the-password", "en");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals("Not authenticated", Api.json(wrongPassword).getString("title"));
        assertFalse(wrongPassword.body().contains("ledelse"));
    }

    @Test
    void aWrongRoleGets403AndTheRightRolesGetTheAuditTrail() {
        for (String refused : new String[] {"kommune.voss", "saksbehandler1"}) {
            var response = api().get("api/v1/events", refused);
            assertEquals(403, response.statusCode(), refused);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
            assertEquals("Ingen tilgang", Api.json(response).getString("title"));
        }
        for (String allowed : new String[] {"godkjenner1", "ledelse", "admin"}) {
            assertEquals(200, api().get("api/v1/events", allowed).statusCode(), allowed);
        }
    }

    /** Evidence is only ever added to: the database itself refuses to change or remove an audit event. */
    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditEvent() {
        String before = api().get("api/v1/test-support/oldest-event", "admin").body();
        for (String statement : new String[] {"update", "delete"}) {
            var tampered = api().send("POST", "api/v1/test-support/tamper-audit-trail?statement=" + statement, "admin", null);
            assertEquals(200, tampered.statusCode(), tampered.body());
            assertEquals("refused", tampered.body(), statement);
        }
        assertEquals(before, api().get("api/v1/test-support/oldest-event", "admin").body(), "the event is as it was");
        // Adding goes on as before.
        String username = api().send("POST", "api/v1/test-support/users?prefix=trail&role=MANAGEMENT&password=Riktig-passord-1",
                "admin", null).body();
        assertEquals(401, api().get("api/v1/municipalities?size=1", username, "feil", null).statusCode());
        assertEquals(1, events("LOGIN_FAILED", username));
    }

    /** Session fixation: the session a visitor had before logging in is not the one they have after. */
    @Test
    void theSessionIdChangesAtLogin() {
        WebSession visitor = WebSession.anonymous(Deployments.onLoopback(base));
        String before = visitor.sessionId();
        assertTrue(before != null, "the login page gave a session");
        assertTrue(visitor.logIn("saksbehandler2", Api.DEMO_PASSWORD));
        assertTrue(visitor.sessionId() != null && !visitor.sessionId().equals(before), "a new session id at login");
    }

    /**
     * Cross-site request forgery: a form posted without the view state the page gave (as a forged page elsewhere
     * would) is refused with the expired page, and changes nothing.
     */
    @Test
    void aFormPostWithoutItsViewStateIsRefusedAndChangesNothing() {
        WebSession admin = WebSession.login(Deployments.onLoopback(base), "admin");
        assertEquals(200, admin.get("admin/call.xhtml").statusCode());
        String title = "Forfalsket " + System.nanoTime();
        String form = "call=call&call%3Atitle=" + title + "&call%3AbudgetYear_input=2080&call%3Aframe_input=1000000"
                + "&call%3Asave=";
        // Without a view state it is no postback at all: the page is shown afresh and no action runs.
        var missing = admin.post("admin/call.xhtml", form);
        assertEquals(200, missing.statusCode(), "not a save and redirect");
        assertTrue(!missing.body().contains(title), "the posted title is not taken in");
        // With a view state this session was never given (and without the page's CSP nonce, which PrimeFaces
        // requires of a postback), the request is refused before any action runs.
        var forged = admin.post("admin/call.xhtml", form + "&jakarta.faces.ViewState=-1234567890%3A987654321");
        assertTrue(forged.statusCode() >= 400 && !forged.body().contains(title), "refused: " + forged.statusCode());
        // and the refusal is a whole page (its error page is rendered afresh, not as a postback PrimeFaces refuses)
        assertTrue(forged.body().contains("<h1") && forged.body().trim().endsWith("</html>"), forged.body());
        String calls = api().get("api/v1/calls?size=500", "admin").body();
        assertTrue(!calls.contains(title), "no call was made");
    }

    @Test
    void demoDataWasLoadedExactlyOnceEvenAfterRestarts() {
        // Each suite starts its own Payara Micro on the same database; on H2 this one runs after the browser suite's,
        // a restart. Counted over the whole trail, which holds far more of the system's events than a page shows.
        var loads = api().get("api/v1/test-support/events?kind=DEMO_DATA_LOADED&user=system", "admin");
        assertEquals(200, loads.statusCode(), loads.body());
        assertEquals("1", loads.body().trim());
    }

    @Test
    void invalidPagingIsRefusedWithTheFieldThatWasWrong() {
        var response = api().get("api/v1/municipalities?size=501", "admin", Api.DEMO_PASSWORD, "en");
        assertEquals(400, response.statusCode());
        JsonObject problem = Api.json(response);
        assertEquals("size", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("The page size must be between 1 and 500.",
                problem.getJsonArray("errors").getJsonObject(0).getString("message"));
        var badDate = api().get("api/v1/events?from=yesterday", "admin");
        assertEquals(400, badDate.statusCode());
    }

    @Test
    void anUnknownApiPathIs404ProblemJson() {
        var response = api().get("api/v1/no-such-thing", "admin");
        assertEquals(404, response.statusCode());
        assertEquals("Finnes ikke", Api.json(response).getString("title"));
    }

    @Test
    void pagesNeedALoginAndRememberWhereTheUserWasGoing() {
        var response = api().get("municipalities.xhtml?q=voss", null, null, null);
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("login.xhtml?continue=%2Fmunicipalities.xhtml%3Fq%3Dvoss"), location);
    }

    @Test
    void pagesCarrySecurityHeadersAndAProtectedSessionCookie() {
        var response = api().get("login.xhtml", null, null, null);
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(";jsessionid="), "the session's id is never in a link, only in the cookie");
        var policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("'nonce-")), "PrimeFaces' script nonce: " + policies);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(response.headers().firstValue("X-Powered-By").isPresent());
    }

    /**
     * PrimeFaces' widgets (date pickers, paginators, the password field) read their texts from a client-side locale
     * script named after the page's language; PrimeFaces ships none for Bokmål or Nynorsk, so the pages would ask for
     * a script that does not exist ("RES_NOT_FOUND") and the widgets would speak English.
     */
    @Test
    void everyLanguageHasItsOwnClientSideLocale() {
        // Where the application answers: Payara may have bound another port than the one it reported.
        URI root = URI.create(Deployments.onLoopback(base).toString());
        for (String language : List.of("nb", "nn", "en")) {
            String page = api().get("login.xhtml", null, null, language).body();
            assertFalse(page.contains("RES_NOT_FOUND"), language + ": a script of the page was not found");
            Matcher locale = Pattern.compile("src=\"([^\"]*locales/locale-" + language + "\\.js[^\"]*)\"")
                    .matcher(page);
            assertTrue(locale.find(), language + ": no client-side locale in the page");
            var script = api().getAbsolute(root.resolve(locale.group(1).replace("&amp;", "&")));
            assertEquals(200, script.statusCode(), language);
            assertTrue(script.body().contains("PrimeFaces.locales[\"" + language + "\"]"), language);
        }
        String nynorsk = api().getAbsolute(root.resolve(
                "jakarta.faces.resource/locales/locale-nn.js.xhtml?ln=primefaces")).body();
        assertTrue(nynorsk.contains("\"Måndag\"") && nynorsk.contains("\"Veke\""), "Nynorsk, not Bokmål");
    }

    @Test
    void theApiNeverOpensASession() {
        var response = api().get("api/v1/municipalities?size=1", "kommune.drammen");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                response.headers().allValues("Set-Cookie").toString());
        assertEquals("0301", Api.json(response).getJsonArray("items").getJsonObject(0).getString("number"));
    }

    // ---------------------------------------------------------------- request limits (RequestLimits)

    /** A call that would be stored but for its size: valid JSON, padded with whitespace past 1 MiB. */
    private static String paddedCall(String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        return """
                {"budgetYear": 2081, "title": "%s", "opensOn": "%s", "closesOn": "%s", "frame": "1000.00",
                 "withheldPercent": 20, "maxCostSharePercent": 50, "categories": ["WELFARE_TECHNOLOGY"],
                 "criteria": [{"name": "Gevinster", "weight": 100}]%s}
                """.formatted(title, today, today.plusDays(5), " ".repeat(1024 * 1024));
    }

    private boolean callStored(String title) {
        return api().get("api/v1/calls?size=500", "admin").body().contains(title);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String key, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = Api.json(response);
        assertEquals("urn:gevinst:problem:" + key, problem.getString("type"));
        assertTrue(problem.getString("detail").contains(detail), problem.getString("detail"));
    }

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedWith413AndNothingIsStored() {
        var refused = api().send("POST", "api/v1/calls", "admin", paddedCall("Polstret utlysning"),
                "Accept-Language", "en");
        assertProblem(refused, 413, "problem.bodyTooLarge", "larger than 1 MB");
        assertFalse(callStored("Polstret utlysning"), "the call was stored");
    }

    @Test
    void aJsonBodyOverOneMegabyteWithoutADeclaredLengthIsRefusedWith413AsItComes() throws Exception {
        byte[] body = paddedCall("Strømmet utlysning").getBytes(StandardCharsets.UTF_8);
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Deployments.onLoopback(base) + "api/v1/calls"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials).header("Accept-Language", "nn")
                // An input stream of unknown length is sent in chunks, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> refused;
        try (HttpClient client = HttpClient.newHttpClient()) {
            refused = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        assertProblem(refused, 413, "problem.bodyTooLarge", "større enn 1 MB");
        assertFalse(callStored("Strømmet utlysning"), "the call was stored");
    }

    @Test
    void anUploadOverTwentyMegabytesIsRefusedWith413AndNothingIsStored() {
        long call = new Scenario(api()).call(2067, "1000000.00");
        var created = api().send("POST", "api/v1/applications", "kommune.drammen",
                Scenario.completeApplication(call, "Med for stort vedlegg"));
        assertEquals(201, created.statusCode(), created.body());
        String path = "api/v1/applications/" + Api.json(created).getJsonNumber("id") + "/attachments";
        // Just over the limit: the declared length passes the filter's margin for the form, and the file itself
        // is refused as it is read. Well over it: refused before anything is read.
        for (int size : new int[] {20 * 1024 * 1024 + 1, 25 * 1024 * 1024}) {
            byte[] file = new byte[size];
            Arrays.fill(file, (byte) ' ');
            System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 9);
            var refused = api().upload(path, "kommune.drammen", "stor.pdf", "application/pdf", file);
            assertProblem(refused, 413, "problem.uploadTooLarge", "20 MB");
        }
        String application = api().get(path.replace("/attachments", ""), "kommune.drammen").body();
        assertEquals(0, Api.json(api().get(path.replace("/attachments", ""), "kommune.drammen"))
                .getJsonArray("attachments").size(), application);
    }

    @Test
    void aGetOrDeleteWithABodyIsRefusedWithAProblem() {
        assertProblem(api().send("GET", "api/v1/calls", "admin", "{\"size\": 1}", "Accept-Language", "en"), 400,
                "problem.bodyNotAllowed", "has no body");
        assertProblem(api().send("DELETE", "api/v1/calls/1", "admin", "{}", "Accept-Language", "nb"), 400,
                "problem.bodyNotAllowed", "har ikke innhold");
    }
}
