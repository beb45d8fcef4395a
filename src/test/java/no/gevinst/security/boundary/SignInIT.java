package no.gevinst.security.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.gevinst.support.Api;
import no.gevinst.support.BankFiles;
import no.gevinst.support.Browser;
import no.gevinst.support.SharedBrowser;
import no.gevinst.support.Deployments;
import no.gevinst.support.MockProviders;
import no.gevinst.support.Scenario;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in from outside, through real OAuth 2.0 / OpenID Connect servers on loopback (MockProviders) whose tokens
 * Gevinst checks against their published keys: other organisations' systems calling the API with Maskinporten access
 * tokens, the directorate's staff through its own provider, and the municipalities' people through ID-porten with the
 * access their municipality's access administrator granted. One deployment for all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String VOSS_ORGANISATION = "960510542";
    private static final String DRAMMEN_ORGANISATION = "921234554";
    /** The directorate's own organisation number, whose accounting system fetches the bank files. */
    private static final String DIRECTORATE_ORGANISATION = "983544622";

    @org.junit.jupiter.api.extension.RegisterExtension
    static final SharedBrowser BROWSER = new SharedBrowser(java.nio.file.Path.of("target", "downloads"),
            java.nio.file.Path.of("target", "screenshots"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the test-support routes point the application's email at the tests' SMTP server (invitations)
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private HttpResponse<String> withToken(String method, String path, String token, String json) {
        return api().send(method, path, null, json, "Authorization", "Bearer " + token, "Accept-Language", "en");
    }

    /** A browser's part in a redirect flow: keeps cookies, follows nothing by itself. */
    private static final class Browserless {
        private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        final List<java.net.URI> visited = new java.util.ArrayList<>();

        HttpResponse<String> get(java.net.URI uri) {
            visited.add(uri);
            try {
                return client.send(java.net.http.HttpRequest.newBuilder(uri).header("Accept-Language", "en").GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Follows redirects from {@code uri} to the first answer that is not one. */
        HttpResponse<String> follow(java.net.URI uri) {
            HttpResponse<String> answer = get(uri);
            for (int hops = 0; hops < 10 && answer.statusCode() / 100 == 3; hops++) {
                answer = get(uri.resolve(answer.headers().firstValue("Location").orElseThrow()));
                uri = answer.uri();
            }
            return answer;
        }
    }

    private java.net.URI page(String path) {
        return java.net.URI.create(Deployments.onLoopback(base).toString()).resolve(path);
    }

    @Test
    void aStaffMemberSignsInThroughTheDirectoratesProviderWithTheRolesOfTheirGroups() {
        var browser = new Browserless();
        var login = browser.get(page("login.xhtml"));
        assertTrue(login.body().contains("id=\"signin-staff\""), "the login page offers the staff provider");

        String subject = "staff-" + System.nanoTime();
        String username = "kari." + System.nanoTime() + "@direktoratet.test";
        MockProviders.nextStaffSignIn(subject, username, "Kari Nordmann", List.of("alle-ansatte",
                MockProviders.APPROVER_GROUP));
        var landed = browser.follow(page("signin/staff"));
        java.net.URI authorize = browser.visited.get(2);
        assertTrue(authorize.toString().startsWith(MockProviders.server().authorizationEndpointUrl(MockProviders.STAFF)
                .toString()), "to the provider: " + authorize);
        String query = authorize.getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256") && query.contains("code_challenge=")
                && query.contains("state=") && query.contains("nonce="), "PKCE, state and nonce: " + query);
        assertEquals(200, landed.statusCode(), browser.visited.toString());
        assertTrue(browser.visited.getLast().getPath().endsWith("/approval/index.xhtml"),
                "the approver's start page: " + browser.visited);
        assertTrue(landed.body().contains("Kari Nordmann"), "signed in by name");

        JsonObject account = Api.json(api().get("api/v1/users?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                "admin")).getJsonArray("items").getJsonObject(0);
        assertEquals("[\"APPROVER\"]", account.getJsonArray("roles").toString(), "the role of the group, by config");
        assertEquals(401, api().get("api/v1/users/me", username, "", "en").statusCode(), "no password here");
        var events = Api.json(api().get("api/v1/events?user=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                "ledelse")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(events.stream().anyMatch(e -> e.getString("kind").equals("PROVIDER_SIGN_IN")), events.toString());

        assertEquals(200, browser.get(page("approval/index.xhtml")).statusCode(), "signed in, in the session");
        MockProviders.changeStaffGroups(subject, List.of("alle-ansatte"));
        var next = browser.get(page("approval/index.xhtml"));
        assertEquals(302, next.statusCode(), "removed from the group: refused at the next request");
        assertTrue(next.headers().firstValue("Location").orElse("").contains("login.xhtml?signin=noRole"),
                next.headers().map().toString());
        assertEquals("[]", Api.json(api().get("api/v1/users/" + account.getJsonNumber("id"), "admin"))
                .getJsonArray("roles").toString(), "the account keeps no role");
        assertEquals(302, browser.get(page("approval/index.xhtml")).statusCode(), "and the session has ended");

        var other = new Browserless();
        MockProviders.nextStaffSignIn(subject, username, "Kari Nordmann", List.of("alle-ansatte"));
        var refused = other.follow(page("signin/staff"));
        assertTrue(other.visited.getLast().toString().contains("login.xhtml?signin=noRole"), other.visited.toString());
        assertTrue(refused.body().contains("you have no role in Gevinst"), "says whom to ask");
        assertEquals(302, other.get(page("approval/index.xhtml")).statusCode(), "not signed in: sent to the login page");
    }

    @Test
    void inABrowserAStaffMemberSignsInThroughTheProviderAndSignsOutThereToo() throws java.io.IOException {
        Browser pages = BROWSER.on(Deployments.onLoopback(base));
        pages.forgetEverything();
        String subject = "staff-" + System.nanoTime();
        MockProviders.nextStaffSignIn(subject, "per." + System.nanoTime() + "@direktoratet.test", "Per Saksbehandler",
                List.of("gevinst-saksbehandlere"));
        pages.open("login.xhtml");
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("signin-staff")));
        pages.waitForUrl("/casework/index.xhtml");
        assertTrue(pages.page().contains("Per Saksbehandler"), pages.page());

        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("logout:logoutButton")));
        pages.waitForUrl("login.xhtml?loggedOut=true");
        var endSession = MockProviders.server().endSessionEndpointUrl(MockProviders.STAFF).toString();
        assertTrue(MockProviders.received().stream().anyMatch(url -> url.startsWith(endSession)),
                "the session was ended at the provider too");
        pages.open("casework/index.xhtml");
        pages.waitForUrl("login.xhtml");
    }

    @Test
    void aCallbackThatDoesNotMatchASignInBegunInThisBrowserSignsNobodyIn() {
        var browser = new Browserless();
        var forged = browser.follow(page("signin/staff/callback?code=stolen&state=guessed"));
        assertTrue(browser.visited.getLast().toString().contains("login.xhtml?signin=failed"), browser.visited.toString());
        assertTrue(forged.body().contains("did not succeed"), forged.body());
        assertEquals(302, browser.get(page("approval/index.xhtml")).statusCode(), "nobody signed in");
    }

    /** How many tokens of Voss's organisation the audit trail has seen accepted (each once, at its first use). */
    private long tokensAccepted() {
        return Api.json(api().get("api/v1/events?size=100&user=" + Callers.SYSTEM_PREFIX + VOSS_ORGANISATION,
                "ledelse")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("API_TOKEN_ACCEPTED")).count();
    }

    @Test
    void aMunicipalitysSystemActsForItsMunicipalityAndSeesNoOtherMunicipalitysApplication() {
        String token = MockProviders.maskinportenToken(VOSS_ORGANISATION, MockProviders.APPLICATIONS_SCOPE);
        // Other tests' tokens of the same organisation were signed in before: this one's is counted from here.
        long acceptedBefore = tokensAccepted();

        JsonObject listed = Api.json(withToken("GET", "api/v1/applications", token, null));
        assertTrue(listed.getInt("total") > 0, "Voss's demo application is listed: " + listed);
        assertTrue(listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(SignInIT::concernsVoss), "only what Voss leads or partners in: " + listed);

        long drammens = Api.json(api().get("api/v1/applications?size=100", "kommune.drammen")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> !concernsVoss(a)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        var other = withToken("GET", "api/v1/applications/" + drammens, token, null);
        assertEquals(404, other.statusCode(), "another municipality's application is not there: " + other.body());

        long call = new Scenario(api()).call(2025, "50000000.00");
        var created = withToken("POST", "api/v1/applications", token,
                Scenario.completeApplication(call, "Fra Voss sitt fagsystem"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject application = Api.json(created);
        assertEquals("4621", application.getString("municipality"), "the token's municipality applies");
        assertEquals(200, withToken("GET", "api/v1/applications/" + application.getJsonNumber("id"), token, null)
                .statusCode());

        var accepted = Api.json(api().get("api/v1/events?user=" + Callers.SYSTEM_PREFIX + VOSS_ORGANISATION,
                "ledelse")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(accepted.stream().anyMatch(e -> e.getString("kind").equals("API_TOKEN_ACCEPTED")),
                "the token's first use is a sign-in in the trail: " + accepted);
        assertEquals(acceptedBefore + 1, tokensAccepted(), "once per token, not once per request");
        assertTrue(accepted.stream().anyMatch(e -> e.getString("kind").equals("APPLICATION_CREATED")),
                "the system's act is recorded under its name");
    }

    private static boolean concernsVoss(JsonObject application) {
        return application.getString("municipality").equals("4621")
                || application.getJsonArray("partnerMunicipalities").toString().contains("\"4621\"");
    }

    @Test
    void theAccountingSystemFetchesTheBankFileAndMayNotApply() throws Exception {
        Scenario scenario = new Scenario(api());
        long call = scenario.call(2029, "50000000.00");
        long id = scenario.accepted(call, "100000.00");
        JsonObject payment = scenario.reportAndVerify(id, 0, "saksbehandler1");
        var approved = api().send("POST", "api/v1/payments/" + payment.getJsonNumber("id") + "/approve", "godkjenner1",
                null);
        assertEquals(200, approved.statusCode(), approved.body());
        var gathered = api().send("POST", "api/v1/payment-batches", "godkjenner2", null);
        assertEquals(201, gathered.statusCode(), gathered.body());
        String batch = "api/v1/payment-batches/" + Api.json(gathered).getJsonNumber("id");

        String token = MockProviders.maskinportenToken(DIRECTORATE_ORGANISATION, MockProviders.ACCOUNTING_SCOPE);
        assertEquals(200, withToken("GET", "api/v1/payments?status=APPROVED", token, null).statusCode());
        assertEquals(200, withToken("GET", batch, token, null).statusCode());
        var file = withToken("GET", batch + "/pain001", token, null);
        assertEquals(200, file.statusCode(), file.body());
        BankFiles.validatePain001(file.body().getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(file.body().getBytes(StandardCharsets.UTF_8),
                api().download(batch + "/pain001", "godkjenner1").body(), "the same file the approver gets");
        JsonObject sent = Api.json(api().get(batch, "godkjenner1"));
        assertEquals(Callers.SYSTEM_PREFIX + DIRECTORATE_ORGANISATION, sent.getString("sentBy", null),
                "the batch names the system that fetched it: " + sent);

        var apply = withToken("POST", "api/v1/applications", token, Scenario.completeApplication(call, "Nei"));
        assertEquals(403, apply.statusCode(), apply.body());
        assertEquals(403, withToken("GET", "api/v1/applications", token, null).statusCode());
        assertEquals(403, withToken("POST", "api/v1/payment-batches", token, null).statusCode(),
                "it reads and fetches; it does not gather");
    }

    @Test
    void aTokenThatIsNotValidHereIs401AndSaysWhy() {
        var claims = MockProviders.maskinportenClaims(VOSS_ORGANISATION, MockProviders.APPLICATIONS_SCOPE);
        String valid = MockProviders.maskinportenToken(VOSS_ORGANISATION, MockProviders.APPLICATIONS_SCOPE);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace(VOSS_ORGANISATION, DRAMMEN_ORGANISATION).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("expired", MockProviders.token(MockProviders.MASKINPORTEN, MockProviders.API_AUDIENCE, claims, -300));
        refused.put("another issuer", MockProviders.token("another-issuer", MockProviders.API_AUDIENCE, claims, 120));
        refused.put("another audience", MockProviders.token(MockProviders.MASKINPORTEN, "https://elsewhere.test", claims,
                120));
        refused.put("tampered", tampered);
        refused.put("alg=none", unsigned);
        refused.put("not a token", "abc.def");
        refused.forEach((what, token) -> {
            var answer = withToken("GET", "api/v1/applications", token, null);
            assertEquals(401, answer.statusCode(), what + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    what);
            String challenge = answer.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge.startsWith("Bearer ") && challenge.contains("error=\"invalid_token\""),
                    what + ": " + challenge);
            assertTrue(Api.json(answer).getString("detail").startsWith("The access token is not valid here"), what);
        });
        assertEquals(200, withToken("GET", "api/v1/applications", valid, null).statusCode(),
                "the token they were made from is valid");

        var events = Api.json(api().get("api/v1/events?user=maskinporten&size=100", "ledelse"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(events.stream().anyMatch(e -> e.getString("kind").equals("API_TOKEN_REFUSED")
                && e.getString("details").contains("Expired")), "refusals are in the trail with why: " + events);
        assertTrue(events.stream().noneMatch(e -> e.getString("details").contains(parts[2])),
                "never the token itself");
    }

    @Test
    void aValidTokenWithoutAScopeOfGevinstOrForAnOrganisationThatIsNoMunicipalityIs403() {
        var noScope = withToken("GET", "api/v1/applications",
                MockProviders.maskinportenToken(VOSS_ORGANISATION, "skatteetaten:mva"), null);
        assertEquals(403, noScope.statusCode(), noScope.body());
        assertTrue(noScope.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        assertTrue(Api.json(noScope).getString("detail").contains(MockProviders.APPLICATIONS_SCOPE), noScope.body());

        var notAMunicipality = withToken("GET", "api/v1/applications",
                MockProviders.maskinportenToken(DIRECTORATE_ORGANISATION, MockProviders.APPLICATIONS_SCOPE), null);
        assertEquals(403, notAMunicipality.statusCode(), notAMunicipality.body());
        assertTrue(Api.json(notAMunicipality).getString("detail").contains(DIRECTORATE_ORGANISATION));
        var events = Api.json(api().get("api/v1/events?user=" + URLEncoder.encode(Callers.SYSTEM_PREFIX
                + DIRECTORATE_ORGANISATION, StandardCharsets.UTF_8) + "&size=100", "ledelse")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(events.stream().anyMatch(e -> e.getString("kind").equals("API_TOKEN_REFUSED")
                && e.getString("details").contains("not a municipality")), events.toString());
        assertTrue(List.of(401, 403).contains(withToken("GET", "api/v1/applications", "", null).statusCode()));
    }

    // ---- ID-porten: the municipalities' people, and the access their access administrator grants ----

    private static final String DRAMMEN = "3301";

    /** A person's sign-in through ID-porten from the start, in a browser without a session of Gevinst. */
    private HttpResponse<String> idPortenSignIn(Browserless person, String identityNumber, String level, String start) {
        MockProviders.nextIdPortenSignIn(identityNumber, level);
        return person.follow(page(start));
    }

    @Test
    void aMunicipalitysAccessAdministratorGrantsAccessByNumberAndWithdrawsItAtTheNextRequest() throws Exception {
        String number = MockProviders.newIdentityNumber();
        String name = "Per Tilgang " + System.nanoTime();
        Browser pages = BROWSER.on(Deployments.onLoopback(base));
        pages.loginAs("tilgang.drammen");
        pages.waitForUrl("/access.xhtml");
        assertTrue(pages.heading().contains("Drammen"), pages.heading());
        pages.type("grant:fullName", name);
        pages.type("grant:identityNumber", number.substring(0, 6) + " " + number.substring(6));
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("grant:grantButton")));
        pages.waitForPageText("Tilgang gitt til " + name);
        assertTrue(pages.driver().findElement(org.openqa.selenium.By.id("people:list")).getText().contains(name),
                "listed among the people with access");
        assertTrue(!pages.driver().getPageSource().contains(number), "the number is never shown again");

        // the person signs in through ID-porten, in a browser of their own, and lands on Drammen's applications
        pages.forgetEverything();
        MockProviders.nextIdPortenSignIn(number, MockProviders.SUBSTANTIAL);
        pages.open("login.xhtml");
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("signin-idporten")));
        pages.waitForUrl("/municipality/index.xhtml");
        assertTrue(pages.page().contains(name), "signed in by the name the grant gave: " + pages.page());
        assertTrue(pages.page().contains("Drammen"), pages.page());

        var person = new Browserless();
        idPortenSignIn(person, number, MockProviders.HIGH, "signin/idporten");
        String authorize = person.visited.get(1).toString();
        assertTrue(authorize.contains("acr_values=idporten-loa-substantial"), "asks for substantial: " + authorize);
        assertEquals(200, person.get(page("municipality/index.xhtml")).statusCode(), "signed in, at level high too");
        JsonObject account = Api.json(api().get("api/v1/users?role=MUNICIPALITY&size=500", "admin"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("fullName").equals(name)).findFirst().orElseThrow();
        assertEquals(DRAMMEN, account.getString("municipality"));
        JsonObject drammens = Api.json(api().get("api/v1/applications?size=100", "kommune.drammen"));

        // withdrawn by the access administrator: the person's next request is refused
        pages.loginAs("tilgang.drammen");
        pages.waitForUrl("/access.xhtml");
        var row = pages.driver().findElements(org.openqa.selenium.By.cssSelector("#people\\:list tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        pages.clickAndWaitForTheNextPage(row.findElement(org.openqa.selenium.By.cssSelector("button")));
        pages.waitForPageText("Tilgangen til " + name + " er trukket tilbake");
        var next = person.get(page("municipality/index.xhtml"));
        assertEquals(302, next.statusCode(), "withdrawn: refused at the next request");
        assertTrue(next.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        var again = idPortenSignIn(new Browserless(), number, MockProviders.SUBSTANTIAL, "signin/idporten");
        assertTrue(again.body().contains("id=\"no-access\""), "and cannot sign in again: " + again.body());
        assertTrue(drammens.getInt("total") > 0);

        // the account's trail (other tests' acts on a shifted clock may stand later in the whole trail)
        var events = Api.json(api().get("api/v1/events?entity=UserAccount&entityId=" + account.getJsonNumber("id")
                + "&size=500", "ledelse")).getJsonArray("items").getValuesAs(JsonObject.class);
        for (String kind : List.of("ACCESS_GRANTED", "ACCESS_WITHDRAWN", "PROVIDER_SIGN_IN")) {
            assertTrue(events.stream().anyMatch(e -> e.getString("kind").equals(kind)), kind + " is in the trail: "
                    + events);
        }
        assertTrue(events.stream().noneMatch(e -> e.toString().contains(number)), "never the number in clear");
    }

    @Test
    void aSignInBelowSubstantialIsRefusedWithAClearMessage() {
        var person = new Browserless();
        var refused = idPortenSignIn(person, MockProviders.newIdentityNumber(), MockProviders.LOW, "signin/idporten");
        assertTrue(person.visited.getLast().toString().contains("login.xhtml?signin=assurance"), person.visited.toString());
        assertTrue(refused.body().contains("too low a level of assurance"), refused.body());
        assertEquals(302, person.get(page("municipality/index.xhtml")).statusCode(), "nobody signed in");
    }

    @Test
    void aPersonWithoutAccessIsToldWhomToAsk() {
        var person = new Browserless();
        var told = idPortenSignIn(person, MockProviders.newIdentityNumber(), MockProviders.SUBSTANTIAL,
                "signin/idporten");
        assertTrue(person.visited.getLast().getPath().endsWith("/no-access.xhtml"), person.visited.toString());
        assertTrue(told.body().contains("no access to act for any municipality"), told.body());
        var whom = person.get(page("no-access.xhtml?m=" + DRAMMEN));
        assertTrue(whom.body().contains("Siri Moen"), "Drammen's access administrator: " + whom.body());
        assertEquals(302, person.get(page("municipality/index.xhtml")).statusCode(), "not signed in to Gevinst");

        var stranger = new Browserless();
        var asked = stranger.get(page("no-access.xhtml?m=" + DRAMMEN));
        assertEquals(200, asked.statusCode());
        assertTrue(!asked.body().contains("Siri Moen"), "names nobody to whoever has not signed in through ID-porten");
    }

    @Test
    void anInvitationByEmailIsTakenAtThePersonsFirstSignInAndOnlyOnce() throws Exception {
        var smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1",
                com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        String name = "Eva Invitert " + System.nanoTime();
        String email = "eva." + System.nanoTime() + "@drammen.example";
        Browser pages = BROWSER.on(Deployments.onLoopback(base));
        String link;
        try {
            assertEquals(204, api().send("POST", "api/v1/test-support/mail?port=" + smtp.getSmtp().getPort(), "admin",
                    null).statusCode());
            pages.loginAs("tilgang.drammen");
            pages.waitForUrl("/access.xhtml");
            pages.type("invite:fullName", name);
            pages.type("invite:email", email);
            pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("invite:inviteButton")));
            pages.waitForPageText("Invitasjon sendt til " + name);
            var received = smtp.getReceivedMessages();
            assertEquals(1, received.length, "one email");
            assertEquals(email, received[0].getAllRecipients()[0].toString());
            String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]);
            var found = java.util.regex.Pattern.compile("/signin/idporten\\?invitation=[A-Za-z0-9_-]+").matcher(
                    body.replace("=\r\n", "").replace("=3D", "="));
            assertTrue(found.find(), body);
            link = found.group().substring(1);
        } finally {
            api().send("POST", "api/v1/test-support/mail?port=0", "admin", null);
            smtp.stop();
        }
        assertTrue(pages.driver().findElements(org.openqa.selenium.By.id("invitationLink")).isEmpty(),
                "sent by email: the link is not shown");

        String number = MockProviders.newIdentityNumber();
        var person = new Browserless();
        idPortenSignIn(person, number, MockProviders.SUBSTANTIAL, link);
        assertTrue(person.visited.getLast().getPath().endsWith("/municipality/index.xhtml"), person.visited.toString());
        assertEquals(200, person.get(page("municipality/index.xhtml")).statusCode());
        var later = new Browserless();
        idPortenSignIn(later, number, MockProviders.SUBSTANTIAL, "signin/idporten");
        assertTrue(later.visited.getLast().getPath().endsWith("/municipality/index.xhtml"),
                "bound to the person's number from now on: " + later.visited);

        var someoneElse = new Browserless();
        idPortenSignIn(someoneElse, MockProviders.newIdentityNumber(), MockProviders.SUBSTANTIAL, link);
        assertTrue(someoneElse.visited.getLast().toString().contains("login.xhtml?signin=invitation"),
                "the link is taken: " + someoneElse.visited);

        // where email is off, the access administrator is given the link to pass on
        pages.type("invite:fullName", name + " 2");
        pages.type("invite:email", "2." + email);
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("invite:inviteButton")));
        pages.waitForPageText("e-post er slått av");
        assertTrue(pages.driver().findElement(org.openqa.selenium.By.id("invitationLink")).getText()
                .contains("/signin/idporten?invitation="));
    }

    @Test
    void anAccessAdministratorKeepsOnlyTheirOwnMunicipalityAndCannotAppointAnother() throws Exception {
        Browser pages = BROWSER.on(Deployments.onLoopback(base));
        pages.loginAs("tilgang.drammen");
        pages.open("access.xhtml?m=4621");
        pages.waitForUrl("/access.xhtml");
        assertTrue(pages.heading().contains("Drammen"), "still Drammen's, not Voss's: " + pages.heading());
        assertTrue(pages.driver().findElements(org.openqa.selenium.By.id("grant:administrator")).isEmpty(),
                "appointing access administrators is the directorate's");
        pages.type("grant:fullName", "Feil Nummer");
        pages.type("grant:identityNumber", "12345678901");
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("grant:grantButton")));
        pages.waitForPageText("Fødselsnummeret er ikke gyldig");
        assertEquals(403, api().get("api/v1/applications", "tilgang.drammen").statusCode(),
                "an access administrator alone does not act on applications");
    }

    @Test
    void theDirectoratesAdministratorAppointsAMunicipalitysAccessAdministrator() throws Exception {
        String number = MockProviders.newIdentityNumber();
        String name = "Vilde Tilgangsstyrar " + System.nanoTime();
        Browser pages = BROWSER.on(Deployments.onLoopback(base));
        pages.loginAs("admin");
        pages.open("access.xhtml?m=4621");
        pages.waitForUrl("/access.xhtml");
        assertTrue(pages.heading().contains("Voss"), pages.heading());
        pages.type("grant:fullName", name);
        pages.type("grant:identityNumber", number);
        pages.driver().findElement(org.openqa.selenium.By.cssSelector("#grant\\:administrator .ui-chkbox-box")).click();
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("grant:grantButton")));
        pages.waitForPageText("Tilgang gitt til " + name);

        pages.forgetEverything();
        MockProviders.nextIdPortenSignIn(number, MockProviders.SUBSTANTIAL);
        pages.open("login.xhtml");
        pages.clickAndWaitForTheNextPage(pages.driver().findElement(org.openqa.selenium.By.id("signin-idporten")));
        pages.waitForUrl("/municipality/index.xhtml");
        pages.open("access.xhtml");
        assertTrue(pages.heading().contains("Voss"), "keeps Voss's access now: " + pages.heading());
        var whom = new Browserless();
        idPortenSignIn(whom, MockProviders.newIdentityNumber(), MockProviders.SUBSTANTIAL, "signin/idporten");
        assertTrue(whom.get(page("no-access.xhtml?m=4621")).body().contains(name), "and is whom Voss's people ask");
    }

    @Test
    void gevinstProvesItselfToIdPortenWithItsOwnKeyNotASecret() throws Exception {
        MockProviders.received();
        idPortenSignIn(new Browserless(), MockProviders.newIdentityNumber(), MockProviders.SUBSTANTIAL, "signin/idporten");
        var requests = MockProviders.tokenRequests(MockProviders.ID_PORTEN);
        assertEquals(1, requests.size(), "the code was exchanged once");
        assertEquals(null, requests.get(0).authorization(), "no client secret in the header");
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : requests.get(0).body().split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertTrue(!form.containsKey("client_secret"), form.keySet().toString());
        var assertion = com.nimbusds.jwt.SignedJWT.parse(form.get("client_assertion"));
        var key = com.nimbusds.jose.jwk.RSAKey.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/oidc/idporten-client-key.json")));
        assertTrue(assertion.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key.toRSAPublicKey())),
                "signed with Gevinst's key");
        assertEquals(key.getKeyID(), assertion.getHeader().getKeyID(), "naming the key registered at ID-porten");
        var claims = assertion.getJWTClaimsSet();
        assertEquals("gevinst-idporten", claims.getIssuer());
        assertEquals("gevinst-idporten", claims.getSubject());
        assertEquals(List.of(MockProviders.server().issuerUrl(MockProviders.ID_PORTEN).toString()), claims.getAudience(),
                "for ID-porten itself, its issuer");
        assertTrue(claims.getExpirationTime().toInstant().isBefore(java.time.Instant.now().plusSeconds(300)),
                "short-lived");
    }
}
