package no.gevinst.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.gevinst.support.Api;
import no.gevinst.support.Browser;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import no.gevinst.support.SharedBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) against the application in Payara Micro: every role
 * logs in and reaches its start page, a failed login, the 403 page, the language switch and the register page.
 * A browser that is missing fails these tests; it never skips them.
 */
public abstract class BrowserIT {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser(Path.of("target", "downloads"),
            Path.of("target", "screenshots"));

    private Browser pages;
    private WebDriver browser;

    final URL base = DeployedApplication.reported();

    @BeforeEach
    void forgetEverything() throws IOException {
        pages = SHARED.on(base);
        browser = pages.driver();
        pages.forgetEverything();
    }

    @ParameterizedTest(name = "{0} reaches {1}")
    @CsvSource({
        "kommune.drammen, /municipality/index.xhtml, Søknader for Drammen",
        "kommune.voss, /municipality/index.xhtml, Søknader for Voss",
        "saksbehandler1, /casework/index.xhtml, Saksbehandling",
        "godkjenner1, /approval/index.xhtml, Godkjenning",
        "ledelse, /management/index.xhtml, Oversikt for ledelsen",
        "admin, /admin/index.xhtml, Administrasjon",
    })
    void eachRoleLogsInAndReachesItsStartPage(String username, String startPage, String expectedHeading)
            throws IOException {
        pages.login(username, Api.DEMO_PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith(startPage), browser.getCurrentUrl());
        assertEquals(expectedHeading, pages.heading());
        // The open call of the demo, with its frame in Norwegian format.
        assertTrue(pages.page().contains("300 000 000,00"), pages.page());
        pages.screenshot("start-" + username);
        pages.clickAndWaitForTheNextPage(browser.findElement(By.id("logout:logoutButton")));
        // Voss writes Nynorsk, so its users see Nynorsk until they choose otherwise.
        assertEquals(username.equals("kommune.voss") ? "Du er logga ut." : "Du er logget ut.",
                pages.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("p.info"))).getText());
    }

    /**
     * Decision points on the pages: the case handler marks one when recommending (the last milestone is not offered),
     * the municipality sees what waits for the decision, an approver finds the grant on the start page and decides
     * to go on; the decision and its letter are on the application page.
     */
    @Test
    void aDecisionPointIsMarkedWaitedForAndDecidedOnThePages() throws IOException {
        Api api = new Api(Deployments.onLoopback(base));
        Scenario scenario = new Scenario(api);
        long call = scenario.call(2060, "5000000.00");
        long id = scenario.submitted(call, "100000.00", "200000.00", "300000.00");
        String path = "api/v1/applications/" + id;
        String reference = Api.json(api.get(path, "ledelse")).getString("reference");
        assertEquals(200, api.send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}").statusCode());

        pages.login("saksbehandler1", Api.DEMO_PASSWORD);
        pages.open("casework/assessment.xhtml?id=" + id);
        for (WebElement score : browser.findElements(By.cssSelector("select[id$=':score']"))) {
            new org.openqa.selenium.support.ui.Select(score).selectByVisibleText("5");
        }
        assertEquals(2, browser.findElements(By.cssSelector("input[id^='recommendForm:decisionPoints:']")).size(),
                "every milestone but the last may be a decision point");
        pages.click("recommendForm:decisionPoints:0");
        pages.type("recommendForm:justification", "Trinnvis: piloten først.");
        pages.click("recommendForm:recommend");
        pages.waitForPageText("Innstillingen er sendt til godkjenning.");
        List<WebElement> planRows = browser.findElements(By.cssSelector("#plan tbody tr"));
        assertEquals(List.of(true, false, false), planRows.stream().map(row -> row.getText().endsWith("Ja")).toList(),
                "the recommended plan shows its decision point");

        if (scenario.registerAccount("3301") == null) {
            scenario.registerAccount("3301", "86011117947");
        }
        assertEquals(200, api.send("POST", path + "/decide", "godkjenner2", "{\"approve\": true}").statusCode());
        assertEquals(200, api.send("POST", path + "/accept", "kommune.drammen", null).statusCode());
        scenario.reportAndVerify(id, 0, "saksbehandler1");

        pages.loginAs("kommune.drammen");
        pages.open("application.xhtml?id=" + id);
        assertTrue(pages.driver().findElement(By.id("milestone-1")).getText()
                .contains("Venter på beslutningen ved beslutningspunktet etter milepæl 1"), pages.page());
        assertTrue(browser.findElements(By.id("milestoneActs:m:1:report")).isEmpty(), "no report before the go");

        pages.loginAs("godkjenner1");
        WebElement waiting = browser.findElement(By.id("decisionPoints"));
        assertTrue(waiting.getText().contains(reference), waiting.getText());
        pages.clickAndWaitForTheNextPage(waiting.findElement(By.linkText(reference)));
        pages.waitForUrl("application.xhtml");
        pages.type("milestoneActs:m:0:gateText", "Piloten viser at tjenesten virker.");
        pages.click("milestoneActs:m:0:goOn");
        pages.waitForPageText("Beslutningen er tatt: prosjektet fortsetter.");
        String gate = browser.findElement(By.id("milestone-0")).getText();
        assertTrue(gate.contains("Fortsett") && gate.contains("godkjenner1")
                && gate.contains("Piloten viser at tjenesten virker."), gate);
        assertTrue(browser.findElement(By.id("followUpLetters")).getText().contains("Vedtak om videreføring"),
                pages.page());
        pages.loginAs("godkjenner2");
        assertFalse(browser.findElement(By.id("decisionPoints")).getText().contains(reference),
                "decided: no longer waiting");
    }

    /**
     * An approver decides ten recommended applications in one go on the ranking page, of which the frame holds seven:
     * the seven above the line are chosen for them, and when they choose the other three too, the seven are granted in
     * rank order, each with its letter and event, and the three refused as the frame is full; an eleventh that they
     * recommended themselves is not chosen for them, and is refused when they choose it. The call's frame is then
     * committed in full.
     */
    @Test
    void anApproverDecidesRecommendedApplicationsInOneGoUpToTheFrame() throws IOException {
        Api api = new Api(Deployments.onLoopback(base));
        Scenario scenario = new Scenario(api);
        if (scenario.registerAccount("3301") == null) {
            scenario.registerAccount("3301", "86011117947");
        }
        long call = scenario.call(2000, "700000.00");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long id = scenario.submitted(call, "100000.00");
            scenario.recommend(id, call, "100000.00");
            ids.add(id);
        }
        long own = scenario.submitted(call, "100000.00");
        scenario.recommendAs("godkjenner1", own, call, "100000.00");

        pages.login("godkjenner1", Api.DEMO_PASSWORD);
        pages.open("ranking.xhtml?call=" + call);
        List<WebElement> boxes = browser.findElements(By.cssSelector("input[id$=':choose']"));
        assertEquals(List.of(true, true, true, true, true, true, true, false, false, false, false),
                boxes.stream().map(WebElement::isSelected).toList(), "the seven above the line, not their own");
        assertEquals("700000,00kr", figure("chosenSum"));
        assertEquals("700000,00kr", figure("roomLeft"));
        for (int i = 7; i < 11; i++) {
            browser.findElements(By.cssSelector("input[id$=':choose']")).get(i).click();
            pages.waitForText("chosenCount", String.valueOf(i + 1));
        }
        assertEquals("1100000,00kr", figure("chosenSum"));
        pages.type("batch:comment", "Vedtatt samlet etter rangeringen.");
        pages.screenshot("ranking-batch");
        pages.click("batch:decideChosen");
        pages.confirm("Fatte vedtak etter innstillingen for alle de valgte søknadene?");
        pages.waitForPageText("7 vedtak er fattet, 4 ble avvist.");
        List<String> outcomes = browser.findElements(By.cssSelector("#batchResults tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(11, outcomes.size(), outcomes.toString());
        for (int i = 0; i < 7; i++) {
            assertTrue(outcomes.get(i).contains("Utført") && outcomes.get(i).contains("Tilsagnet er gitt"),
                    outcomes.get(i));
        }
        for (int i = 7; i < 10; i++) {
            assertTrue(outcomes.get(i).contains("Avvist") && outcomes.get(i).contains("får ikke plass innenfor rammen"),
                    outcomes.get(i));
        }
        assertTrue(outcomes.get(10).contains("Avvist") && outcomes.get(10).contains("Du innstilte selv"),
                outcomes.get(10));
        pages.screenshot("ranking-batch-results");

        for (int i = 0; i < 10; i++) {
            String path = "api/v1/applications/" + ids.get(i);
            var application = Api.json(api.get(path, "ledelse"));
            if (i < 7) {
                assertEquals("GRANTED", application.getString("status"), path);
                assertTrue(scenario.events(ids.get(i)).contains("DECISION_GRANTED"), path);
                var letter = api.send("GET", path + "/letter", "ledelse", null);
                assertEquals(200, letter.statusCode(), path + ": its own grant letter");
            } else {
                assertEquals("RECOMMENDED", application.getString("status"), path + ": the frame was full");
                assertFalse(scenario.events(ids.get(i)).contains("DECISION_GRANTED"), path);
            }
        }
        assertEquals("RECOMMENDED", Api.json(api.get("api/v1/applications/" + own, "ledelse")).getString("status"));
        assertEquals(new java.math.BigDecimal("700000.00"), new java.math.BigDecimal(
                Api.json(api.get("api/v1/budget/2000", "ledelse")).getString("committed")), "the frame of the call");
        assertEquals("0,00kr", figure("roomLeft"));
    }

    /**
     * An approver approves the proposed payments they choose in one go: those of milestones they verified are not
     * chosen for them, and are refused when they choose them; the others are approved, each with its own event.
     */
    @Test
    void anApproverApprovesProposedPaymentsInOneGo() {
        Api api = new Api(Deployments.onLoopback(base));
        Scenario scenario = new Scenario(api);
        long call = scenario.call(2060, "5000000.00");
        List<Long> grants = List.of(scenario.accepted(call, "100000.00", "100000.00"),
                scenario.accepted(call, "100000.00", "100000.00"), scenario.accepted(call, "100000.00", "100000.00"));
        List<Long> payments = new java.util.ArrayList<>();
        for (long id : grants) {
            payments.add(scenario.reportAndVerify(id, 0, id == grants.get(2) ? "godkjenner1" : "saksbehandler1")
                    .getJsonNumber("id").longValue());
        }
        List<String> references = grants.stream().map(id -> Api.json(api.get("api/v1/applications/" + id, "ledelse"))
                .getString("reference")).toList();

        pages.login("godkjenner1", Api.DEMO_PASSWORD);
        pages.open("approval/payments.xhtml");
        List<WebElement> rows = browser.findElements(By.cssSelector("#proposed\\:table tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = browser.findElements(By.cssSelector("#proposed\\:table tbody tr")).get(i);
            String text = row.getText();
            boolean ours = references.stream().anyMatch(text::contains);
            WebElement box = row.findElement(By.cssSelector("input[id$=':choose']"));
            if (text.contains(references.get(2))) {
                assertFalse(box.isSelected(), "the milestone they verified: not chosen for them");
            }
            if (box.isSelected() != ours) {
                // Only this test's payments: the others belong to other tests on the same database.
                String count = browser.findElement(By.id("chosenCount")).getText();
                box.click();
                pages.waiting().until(d -> !d.findElement(By.id("chosenCount")).getText().equals(count));
            }
        }
        assertEquals("3", browser.findElement(By.id("chosenCount")).getText());
        assertEquals("240000,00kr", figure("chosenSum"), "net of 20 % withheld");
        pages.click("proposed:approveChosen");
        pages.confirm("Godkjenne alle de valgte utbetalingene?");
        pages.waitForPageText("2 utbetalinger er godkjent, 1 ble avvist.");
        String results = browser.findElement(By.id("approvalResults")).getText();
        assertTrue(results.contains(references.get(0)) && results.contains(references.get(1))
                && results.contains("Utbetalingen er godkjent."), results);
        assertTrue(results.contains("Du godkjente selv milepælen bak denne utbetalingen"), results);
        for (int i = 0; i < 3; i++) {
            long paymentId = payments.get(i);
            String status = Api.json(api.get("api/v1/applications/" + grants.get(i), "ledelse")).getJsonObject("grant")
                    .getJsonArray("payments").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(p -> p.getJsonNumber("id").longValue() == paymentId).findFirst().orElseThrow()
                    .getString("status");
            assertEquals(i < 2 ? "APPROVED" : "PROPOSED", status, references.get(i));
        }
    }

    /**
     * Management's view over the years shows every budget year the tests made with the figures the budget API gives
     * for it, and this year's frame as a bar of its parts, with the part committed and not yet paid in the table.
     */
    @Test
    void managementSeesEveryBudgetYearAsTheBudgetHasIt() throws IOException {
        Api api = new Api(Deployments.onLoopback(base));
        pages.login("ledelse", Api.DEMO_PASSWORD);
        List<WebElement> rows = browser.findElements(By.cssSelector("#years tbody tr"));
        assertTrue(rows.size() >= 2, "the demo's year and the tests' years: " + rows.size());
        List<String> fields = List.of("frame", "committed", "paid", "withheldOutstanding", "released", "forfeited");
        int previous = 0;
        for (WebElement row : rows) {
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream()
                    .map(cell -> cell.getText().replaceAll("[\\s\u00a0]", "").replace(',', '.')).toList();
            int year = Integer.parseInt(cells.get(0));
            assertTrue(year > previous, "oldest first: " + year);
            previous = year;
            var budget = Api.json(api.get("api/v1/budget/" + year, "ledelse"));
            for (int i = 0; i < fields.size(); i++) {
                assertEquals(new java.math.BigDecimal(budget.getString(fields.get(i))),
                        new java.math.BigDecimal(cells.get(i + 1)), year + " " + fields.get(i));
            }
        }
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
        var budget = Api.json(api.get("api/v1/budget/" + thisYear, "ledelse"));
        assertEquals(new java.math.BigDecimal(budget.getString("committed"))
                .subtract(new java.math.BigDecimal(budget.getString("paid"))), new java.math.BigDecimal(
                        figure("dashCommittedUnpaid").replace("kr", "").replace(',', '.')), "committed, not yet paid");
        pages.screenshotOf("management-years", "years-heading");
    }

    /**
     * The pages wear Designsystemet's tokens: the accent on the buttons and the header in its dark accent text colour,
     * over PrimeFaces' own theme (seen failing before the tokens were loaded: Saga's #1565c0).
     */
    @Test
    void thePagesWearDesignsystemetsTokens() {
        pages.open("login.xhtml");
        var script = (org.openqa.selenium.JavascriptExecutor) browser;
        assertEquals("rgb(0, 98, 186)", script.executeScript("return getComputedStyle(document.getElementById("
                + "'login:submit')).backgroundColor"), "the accent of Designsystemet's Digdir theme");
        assertEquals("rgb(0, 44, 84)", script.executeScript("return getComputedStyle(document.querySelector("
                + "'.site-header')).backgroundColor"));
        assertEquals("light", browser.findElement(By.tagName("html")).getAttribute("data-color-scheme"));
    }

    private String figure(String id) {
        return browser.findElement(By.id(id)).getText().replaceAll("[\\s\u00a0]", "");
    }

    /**
     * A change of the plan on the pages: the municipality moves amounts between its milestones and says why, a case
     * handler recommends approving a smaller move, another approver approves, and the municipality sees both versions
     * of the plan side by side, the addendum to its grant letter, and who read its case.
     */
    @Test
    void aMunicipalityAsksForAChangeTheDirectorateApprovesItAndTheNewPlanIsShown() {
        Api api = new Api(Deployments.onLoopback(base));
        long call = new Scenario(api).call(2067, "5000000.00");
        long id = new Scenario(api).accepted(call, "100000.00", "200000.00");

        pages.login("kommune.drammen", Api.DEMO_PASSWORD);
        pages.open("application.xhtml?id=" + id);
        browser.findElement(By.cssSelector("#changeForm summary")).click();
        pages.retype("changeForm:r:0:amount_input", "150000");
        pages.retype("changeForm:r:1:amount_input", "150000");
        pages.type("changeForm:changeJustification", "Mer av arbeidet kommer i første fase.");
        pages.click("changeForm:askForChange");
        pages.waitForPageText("Endringssøknaden er sendt.");
        assertTrue(browser.findElement(By.id("changes")).getText().contains("Beløp flyttet mellom milepæler"),
                pages.page());

        pages.loginAs("saksbehandler1");
        pages.open("application.xhtml?id=" + id);
        pages.click("changeActs:c:0:approve:0");
        // the case handler recommends a smaller move than the one asked for
        browser.findElement(By.cssSelector("#change-" + changeId(api, id) + " details summary")).click();
        pages.click("changeActs:c:0:adjusting");
        pages.retype("changeActs:c:0:r:0:amount_input", "140000");
        pages.retype("changeActs:c:0:r:1:amount_input", "160000");
        pages.type("changeActs:c:0:recommendation", "En mindre omfordeling er nok.");
        pages.click("changeActs:c:0:recommend");
        pages.waitForPageText("Innstillingen er gitt.");

        pages.loginAs("godkjenner2");
        pages.open("application.xhtml?id=" + id);
        pages.type("changeActs:c:0:decision", "Godkjent som søkt.");
        pages.click("changeActs:c:0:approveChange");
        pages.confirm("Godkjenne endringen?");
        pages.waitForPageText("Endringen er godkjent.");

        pages.loginAs("kommune.drammen");
        pages.open("application.xhtml?id=" + id);
        String versions = browser.findElement(By.id("planVersions")).getText();
        assertTrue(versions.contains("Versjon 1") && versions.contains("Versjon 2") && versions.contains("200 000,00")
                && versions.contains("140 000,00") && versions.contains("160 000,00"), "as adjusted: " + versions);
        assertTrue(browser.findElement(By.id("followUpLetters")).getText().contains("Vedtak om endring"),
                pages.page());
        // who in the directorate read the case: the case handler and the approver who opened its page
        String readers = browser.findElement(By.id("accessLog")).getText();
        assertTrue(readers.contains("Ingrid Berg") && readers.contains("Saksbehandler")
                && readers.contains("Godkjenner"), readers);
    }

    private static long changeId(Api api, long applicationId) {
        return Api.jsonArray(api.get("api/v1/applications/" + applicationId + "/changes", "ledelse"))
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aNynorskMunicipalitysUsersSeeNynorskUntilTheyChooseOtherwise() throws IOException {
        pages.login("kommune.voss", Api.DEMO_PASSWORD);
        assertTrue(pages.page().contains("Velkomen, Synnøve Lid."), pages.page());
        pages.chooseLanguage("Bokmål");
        assertTrue(pages.page().contains("Velkommen, Synnøve Lid."), pages.page());
        forgetEverything();
        pages.login("kommune.drammen", Api.DEMO_PASSWORD);
        assertTrue(pages.page().contains("Velkommen, Kari Nordmann."), "Drammen is Nøytral: Bokmål " + pages.page());
    }

    @Test
    void anApproverMayAlsoDoEverythingACaseHandlerMay() {
        pages.login("godkjenner2", Api.DEMO_PASSWORD);
        pages.open("casework/index.xhtml");
        assertEquals("Saksbehandling", pages.heading());
        assertEquals(List.of("Saksbehandling", "Søknader", "Rangering", "Budsjett", "Gevinster", "Godkjenning", "Utbetalinger",
                "Oversikt", "Rapporter", "Hendelser",
                "Kommuneregister", "Tildelte tilskudd"),
                browser.findElements(By.cssSelector("nav.main-menu a")).stream().map(WebElement::getText).toList());
    }

    @Test
    void aFailedLoginSaysSoAndLetsNobodyIn() throws IOException {
        pages.login("saksbehandler2", "wrong-password");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
        assertTrue(pages.page().contains("Innloggingen mislyktes."), pages.page());
        pages.screenshot("login-failed");
        pages.open("casework/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml?continue="), browser.getCurrentUrl());
    }

    @Test
    void afterLoginTheUserContinuesToThePageTheyAskedFor() {
        pages.open("municipalities.xhtml?q=Voss");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys("saksbehandler2");
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        pages.clickAndWaitForTheNextPage(browser.findElement(By.id("login:submit")));
        pages.waitForUrl("municipalities.xhtml");
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id("municipalities")));
        assertEquals(1, browser.findElements(By.cssSelector("#municipalities tbody tr")).size());
    }

    @Test
    void managementSearchesTheAuditTrailByWhatWhoAndWhenAndAMunicipalityMayNot() throws IOException {
        Api api = new Api(Deployments.onLoopback(base));
        assertEquals(200, api.download("api/v1/reports/budget", "ledelse").statusCode(), "an event of ledelse's");
        pages.login("kommune.drammen", Api.DEMO_PASSWORD);
        pages.open("events.xhtml");
        assertEquals("Ingen tilgang", pages.heading());

        forgetEverything();
        pages.login("ledelse", Api.DEMO_PASSWORD);
        browser.findElement(By.linkText("Hendelser")).click();
        pages.waitForText("eventCount", "Hendelse 1–");
        String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")));
        pages.choose("search:entity", "Rapport");
        pages.type("search:user", "ledelse");
        pages.type("search:from_input", today);
        pages.type("search:to_input", today);
        browser.findElement(By.id("search:searchButton")).click();
        pages.waitForUrl("entity=Report");
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        assertTrue(browser.getCurrentUrl().contains("from=" + today.substring(6) + "-" + today.substring(3, 5) + "-"
                + today.substring(0, 2)), "the search is in the address: " + browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("#events tbody tr"));
        assertFalse(rows.isEmpty(), pages.page());
        for (WebElement row : rows) {
            assertTrue(row.getText().contains("ledelse") && row.getText().contains("Rapport laget")
                    && row.getText().contains("Rapport"), row.getText());
        }
        pages.screenshot("events");
        pages.type("search:user", "ingen-slik-bruker");
        browser.findElement(By.id("search:searchButton")).click();
        pages.waitForText("noEvents", "Ingen hendelser passer til søket.");
    }

    @Test
    void aMunicipalityUserGetsTheTranslated403PageForAdminAndCaseHandlerPages() throws IOException {
        pages.login("kommune.drammen", Api.DEMO_PASSWORD);
        pages.open("admin/index.xhtml");
        assertEquals("Ingen tilgang", pages.heading());
        pages.screenshot("403-nb");
        pages.open("casework/index.xhtml");
        assertEquals("Ingen tilgang", pages.heading());
        pages.chooseLanguage("Nynorsk");
        assertEquals("Inga tilgang", pages.heading());
        pages.chooseLanguage("English");
        assertEquals("Access denied", pages.heading());
        pages.open("no-such-page.xhtml");
        assertEquals("Page not found", pages.heading());
    }

    @Test
    void aFormLeftUntilItsSessionIsGoneShowsTheTranslatedExpiredPage() throws IOException {
        pages.open("login.xhtml");
        pages.chooseLanguage("Nynorsk");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("login:username")).sendKeys("kommune.voss");
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        pages.clickAndWaitForTheNextPage(browser.findElement(By.id("login:submit")));
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertEquals("Sida har gått ut", pages.heading());
        pages.screenshot("expired-nn");
    }

    @Test
    void switchingLanguageChangesTheLoginStartAndRegisterPages() throws IOException {
        pages.open("login.xhtml");
        assertEquals("Brukernavn", browser.findElement(By.cssSelector("label[for='login:username']")).getText().replace("*", "").trim());
        pages.chooseLanguage("Nynorsk");
        assertEquals("Brukarnamn", browser.findElement(By.cssSelector("label[for='login:username']")).getText().replace("*", "").trim());
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"));
        pages.chooseLanguage("English");
        assertEquals("Username", browser.findElement(By.cssSelector("label[for='login:username']")).getText().replace("*", "").trim());
        pages.screenshot("login-en");

        pages.login("kommune.voss", Api.DEMO_PASSWORD);
        assertTrue(pages.page().contains("Welcome, Synnøve Lid."), "the choice is remembered after login: " + pages.page());
        pages.chooseLanguage("Nynorsk");
        assertTrue(pages.page().contains("Velkomen, Synnøve Lid."), pages.page());
        assertTrue(pages.page().contains("Opne utlysingar"), pages.page());
        pages.chooseLanguage("Bokmål");
        assertTrue(pages.page().contains("Velkommen, Synnøve Lid."), pages.page());
        assertTrue(pages.page().contains("Åpne utlysninger"), pages.page());

        pages.open("municipalities.xhtml");
        assertEquals("Innbyggere", columnHeader(5));
        pages.chooseLanguage("Nynorsk");
        assertEquals("Innbyggjarar", columnHeader(5));
        pages.chooseLanguage("English");
        assertEquals("Population", columnHeader(5));
        assertEquals("Municipality register", pages.heading());
    }

    private String columnHeader(int index) {
        List<WebElement> headers = browser.findElements(By.cssSelector("#municipalities thead th"));
        return headers.get(index).getText();
    }

    @Test
    void anAdministratorCreatesACallSeesTheRulesAtTheFieldsAndChangesIt() throws IOException {
        pages.login("admin", Api.DEMO_PASSWORD);
        browser.findElement(By.id("adminCalls")).click();
        browser.findElement(By.id("newCall")).click();
        String title = "Velferdsteknologi " + System.nanoTime();
        browser.findElement(By.id("call:title")).sendKeys(title);
        browser.findElement(By.id("call:opensOn_input")).sendKeys("15.01.2027", Keys.TAB);
        browser.findElement(By.id("call:closesOn_input")).sendKeys("01.04.2027", Keys.TAB);
        browser.findElement(By.id("call:frame_input")).sendKeys("25000000");
        // A new call starts from the scheme's criteria template, 40 + 30 + 30.
        assertEquals("Forventede gevinster for innbyggere og tjenester",
                browser.findElement(By.id("call:criteria:0:name")).getAttribute("value"));
        WebDriverWait wait = pages.waiting();
        assertTrue(browser.findElement(By.id("call:weightSum")).getText().contains("100"));
        browser.findElement(By.id("call:criteria:2:remove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:weightSum"), "70"));
        browser.findElement(By.id("call:save")).click();
        // The weights add up to 70: refused, with the message at the criteria and everything typed still there.
        pages.waitForPageText("Vektene må til sammen være 100, nå er de 70.");
        assertEquals(title, browser.findElement(By.id("call:title")).getAttribute("value"));
        pages.screenshot("call-refused");

        browser.findElement(By.id("call:addCriterion")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call:criteria:2:name")));
        browser.findElement(By.id("call:criteria:2:name")).sendKeys("Samarbeid");
        browser.findElement(By.id("call:criteria:2:weight_input")).sendKeys("30", Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:weightSum"), "100"));
        browser.findElement(By.id("call:save")).click();
        pages.waitForUrl("admin/calls.xhtml");
        assertTrue(pages.page().contains("Utlysningen «" + title + "» er lagret."), pages.page());
        WebElement row = browser.findElements(By.cssSelector("#calls tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("25 000 000,00"), row.getText());
        assertTrue(row.getText().contains("15.01.2027"), row.getText());
        assertTrue(row.getText().contains("Kommer"), row.getText());

        pages.clickAndWaitForTheNextPage(row.findElement(By.linkText(title)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call:title"))).sendKeys(" (endret)");
        pages.clickAndWaitForTheNextPage(browser.findElement(By.id("call:save")));
        pages.waitForUrl("admin/calls.xhtml");
        pages.waitForPageText(title + " (endret)");
        pages.screenshot("calls");
    }

    @Test
    void theRegisterPageSearchesByNameNumberAndCounty() throws IOException {
        pages.login("ledelse", Api.DEMO_PASSWORD);
        pages.open("municipalities.xhtml");
        assertEquals(357, browser.findElements(By.cssSelector("#municipalities tbody tr")).size());
        WebElement oslo = browser.findElements(By.cssSelector("#municipalities tbody tr")).get(0);
        assertTrue(oslo.getText().contains("717 710"), "population with a space between thousands: " + oslo.getText());
        assertTrue(oslo.getText().contains("958 935 420"), oslo.getText());

        browser.findElement(By.id("search:q")).sendKeys("voss");
        browser.findElement(By.id("search:searchButton")).click();
        pages.waitForUrl("q=voss");
        List<WebElement> rows = browser.findElements(By.cssSelector("#municipalities tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("4621"));
        assertTrue(rows.get(0).getText().contains("Nynorsk"));

        browser.findElement(By.id("search:q")).clear();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search:county"))).selectByVisibleText("Vestland");
        browser.findElement(By.id("search:searchButton")).click();
        pages.waitForUrl("county=46");
        assertEquals(43, browser.findElements(By.cssSelector("#municipalities tbody tr")).size());
        pages.screenshot("register-vestland");
    }

    @Test
    void aCaseHandlerFindsSubmittedApplicationsByCountyAndStatusButNoDrafts() throws IOException {
        pages.login("saksbehandler1", Api.DEMO_PASSWORD);
        browser.findElement(By.linkText("Søknader")).click();
        WebDriverWait wait = pages.waiting();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:applications")));
        String table = browser.findElement(By.id("list:applications")).getText();
        assertTrue(!table.contains("Velferdsteknologi i hjemmetjenesten"), "a draft is the municipality's own");

        // Other tests add applications, so the demo's is found by filtering.
        pages.choose("list:county", "Vestland");
        pages.choose("list:status", "Sendt inn");
        browser.findElement(By.id("list:filter")).click();
        // The table is replaced by Ajax: read it whole once it shows the demo's application.
        table = wait.until(d -> {
            try {
                String shown = d.findElement(By.id("list:applications")).getText();
                return shown.contains("Digital heimeoppfølging for heimebuande med kols") ? shown : null;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            }
        });
        assertTrue(table.contains("Voss +2") && table.contains("Vestland"), "lead, partners and county: " + table);
        assertTrue(!table.contains("Velferdsteknologi i hjemmetjenesten"), "a draft is the municipality's own");
        pages.screenshot("casework-applications");
        pages.choose("list:county", "Buskerud");
        browser.findElement(By.id("list:filter")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"),
                "Digital heimeoppfølging")));
        String journeys = browser.findElement(By.id("list:applications")).getText();
        assertTrue(!journeys.contains("Vestland"), "only Buskerud's applications, if any: " + journeys);
    }

    @Test
    void anAdministratorCreatesAMunicipalityUserWhoMustChooseTheirOwnPasswordAndSeesOnlyTheirOwn() throws IOException {
        pages.login("admin", Api.DEMO_PASSWORD);
        browser.findElement(By.id("adminUsers")).click();
        browser.findElement(By.id("newUser")).click();
        String username = "synne.voss" + System.nanoTime() % 100000;
        pages.type("user:username", username);
        pages.type("user:fullName", "Synne Vossevangen");
        pages.type("user:email", username + "@voss.example");
        browser.findElements(By.cssSelector("#user\\:roles label")).stream()
                .filter(label -> label.getText().equals("Kommune")).findFirst().orElseThrow().click();
        browser.findElements(By.cssSelector("#user\\:roles label")).stream()
                .filter(label -> label.getText().equals("Saksbehandler")).findFirst().orElseThrow().click();
        pages.choose("user:municipality", "Voss (4621)");
        browser.findElement(By.id("user:save")).click();
        pages.waitForPageText("En kommunebruker kan ikke også ha en rolle i direktoratet.");
        browser.findElements(By.cssSelector("#user\\:roles label")).stream()
                .filter(label -> label.getText().equals("Saksbehandler")).findFirst().orElseThrow().click();
        browser.findElement(By.id("user:save")).click();
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("temporaryPassword")));
        String temporary = browser.findElement(By.id("temporaryPassword")).getText();
        assertEquals(14, temporary.length(), temporary);
        pages.screenshot("admin-user-created");

        forgetEverything();
        pages.login(username, temporary);
        assertTrue(browser.getCurrentUrl().contains("/account.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("mustChange")).isDisplayed());
        pages.open("municipality/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/account.xhtml"), "nothing else until the password is changed");
        // Voss writes Nynorsk: the page speaks Nynorsk.
        pages.type("password:currentPassword", temporary);
        pages.type("password:newPassword", "kort");
        pages.type("password:repeatPassword", "kort");
        browser.findElement(By.id("password:change")).click();
        pages.waitForPageText("Passordet må ha minst 12 teikn.");
        String chosen = "Fjelltur i Vossafjella 2026";
        pages.type("password:currentPassword", temporary);
        pages.type("password:newPassword", chosen);
        pages.type("password:repeatPassword", chosen);
        browser.findElement(By.id("password:change")).click();
        pages.waitForUrl("/municipality/index.xhtml");
        assertTrue(pages.page().contains("Passordet er bytt."), pages.page());
        String mine = browser.findElement(By.id("myApplications")).getText();
        assertTrue(mine.contains("Digital heimeoppfølging for heimebuande med kols"), mine);
        assertFalse(pages.page().contains("Velferdsteknologi i hjemmetjenesten"), "Drammen's draft is not Voss's");
        pages.screenshot("new-user-start");

        forgetEverything();
        pages.login(username, chosen);
        assertTrue(browser.getCurrentUrl().endsWith("/municipality/index.xhtml"), "the new password works");
    }

    @Test
    void anAdministratorKeepsAMunicipalitysDetailsAndSeesWhatANewRegisterWouldChange() throws IOException {
        pages.login("admin", Api.DEMO_PASSWORD);
        pages.open("municipalities.xhtml?q=4621");
        browser.findElement(By.linkText("Voss")).click();
        pages.type("municipality:bankAccount", "1234 56 78901");
        browser.findElement(By.id("municipality:save")).click();
        pages.waitForPageText("Kontonummeret må ha 11 sifre og riktig kontrollsiffer");
        pages.type("municipality:bankAccount", "8601 11 17947");
        pages.type("municipality:contactEmail", "postmottak@voss.kommune.no");
        browser.findElement(By.id("municipality:save")).click();
        pages.waitForPageText("Voss er lagret.");
        assertEquals("8601 11 17947", browser.findElement(By.id("municipality:bankAccount")).getAttribute("value"));

        pages.open("admin/register.xhtml");
        Path csv = Files.createTempFile(Path.of("target"), "kommuner", ".csv");
        try (var in = BrowserIT.class.getResourceAsStream("/reference/kommuner_2024.csv")) {
            Files.writeString(csv, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\n4620,Ulvik,", "\n4620,Ulvik herad,"));
        }
        browser.findElement(By.id("import:file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("import:compare")).click();
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("changed")));
        String changed = browser.findElement(By.id("changed")).getText();
        assertTrue(changed.contains("Ulvik (46)") && changed.contains("Ulvik herad (46)"), changed);
        // Nothing added: the file has no new number. (Removals may show what other tests added for years ahead.)
        assertTrue(browser.findElements(By.id("added")).isEmpty(), browser.findElement(By.tagName("main")).getText());
        pages.screenshot("register-import");

        pages.open("admin/settings.xhtml");
        assertEquals("Innstillinger for ordningen", pages.heading());
        assertEquals("Gjennomførbarhet og modenhet", browser.findElement(By.id("settings:criteria:1:name")).getAttribute("value"));
        pages.type("settings:debtorAccount", "1234 56 78901");
        browser.findElement(By.id("settings:save")).click();
        pages.waitForPageText("Kontonummeret må ha 11 sifre og riktig kontrollsiffer");
        pages.screenshot("scheme-settings");
    }

    @Test
    void aMunicipalitySeesWhyItsApplicationWasReturnedAndCanChangeItAgain() throws IOException {
        Api api = new Api(Deployments.onLoopback(base));
        long call = Api.json(api.get("api/v1/calls?size=500", "kommune.drammen")).getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith("Tilskudd til helseteknologi i kommunene"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String title = "Returneres " + System.nanoTime();
        var created = api.send("POST", "api/v1/applications", "kommune.drammen", """
                {"callId": %d, "title": "%s", "category": "DATA_SHARING", "summary": "S", "serviceChange": "T",
                 "contactName": "K", "contactEmail": "k@drammen.example", "bankAccount": "86011117947",
                 "eligibleCost": "100000.00", "ownContribution": "50000.00", "requestedAmount": "50000.00",
                 "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-06-01",
                 "milestones": [{"title": "M", "dueDate": "2027-03-01", "amount": "50000.00"}],
                 "benefitTargets": [{"indicator": "I", "kind": "QUALITY", "unit": "prosent", "baseline": 10,
                   "baselineDate": "2025-01-15", "target": 50, "targetDate": "2028-01-01", "owner": "O"}]}
                """.formatted(call, title));
        long id = Api.json(created).getJsonNumber("id").longValue();
        String path = "api/v1/applications/" + id;
        assertEquals(200, api.send("POST", path + "/submit", "kommune.drammen", null).statusCode());
        assertEquals(200, api.send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}").statusCode());
        assertEquals(200, api.send("POST", path + "/return", "saksbehandler1",
                "{\"reason\": \"Legg ved et budsjett fordelt på år.\"}").statusCode());

        pages.login("kommune.drammen", Api.DEMO_PASSWORD);
        pages.open("application.xhtml?id=" + id);
        assertTrue(browser.findElement(By.id("returned")).getText().contains("Legg ved et budsjett fordelt på år."));
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Returnert for endring"));
        assertTrue(browser.findElements(By.id("edit")).size() == 1, "the municipality can change it again");
        pages.screenshot("application-returned");
    }

    @Test
    void theRankingShowsTheCutLineAndTheBudgetItsFigures() throws IOException {
        pages.login("ledelse", Api.DEMO_PASSWORD);
        // The management start page is the overview: this year's figures are the budget's.
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
        var budget = Api.json(new Api(Deployments.onLoopback(base)).get("api/v1/budget/" + year, "ledelse"));
        for (String figure : List.of("committed", "paid", "available")) {
            String shown = browser.findElement(By.id("dash" + Character.toUpperCase(figure.charAt(0))
                    + figure.substring(1))).getText().replaceAll("[\\s\u00a0]", "").replace("kr", "").replace(',', '.');
            assertEquals(new java.math.BigDecimal(budget.getString(figure)), new java.math.BigDecimal(shown), figure);
        }
        assertTrue(browser.findElement(By.id("byStatus")).getText().contains("Innstilt"),
                "the demo's recommended application: " + browser.findElement(By.id("byStatus")).getText());
        assertTrue(pages.page().contains("Prosjekter forsinket til drift"), pages.page());
        pages.screenshot("dashboard");
        browser.findElement(By.linkText("Rangering")).click();
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertTrue(pages.page().contains("Ramme"), pages.page());
        pages.screenshot("ranking");
        browser.findElement(By.linkText("Budsjett")).click();
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        assertTrue(browser.findElement(By.id("frame")).getText().endsWith("kr"), pages.page());
        pages.screenshot("budget");
        browser.findElement(By.linkText("Gevinster")).click();
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lagging-heading")));
        assertEquals("Gevinstportefølje", pages.heading());
        pages.screenshot("portfolio");
    }

}
