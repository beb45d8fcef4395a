package no.gevinst.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import no.gevinst.support.Api;
import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) against the application in Payara Micro: every role
 * logs in and reaches its start page, a failed login, the 403 page, the language switch and the register page.
 * A browser that is missing fails these tests; it never skips them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DOWNLOADS = Path.of("target", "downloads");
    private static WebDriver browser;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetEverything() throws IOException {
        if (browser == null) {
            Files.createDirectories(SCREENSHOTS);
            browser = no.gevinst.support.Chromium.start(DOWNLOADS);
        }
        browser.get(url("login.xhtml"));
        browser.manage().deleteAllCookies();
    }

    private String url(String path) {
        return Deployments.onLoopback(base) + path;
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String page() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void login(String username, String password) {
        open("login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void chooseLanguage(String name) {
        browser.findElement(By.cssSelector("nav.language-switch")).findElement(By.linkText(name)).click();
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
        login(username, Api.DEMO_PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith(startPage), browser.getCurrentUrl());
        assertEquals(expectedHeading, heading());
        // The open call of the demo, with its frame in Norwegian format.
        assertTrue(page().contains("300 000 000,00"), page());
        screenshot("start-" + username);
        browser.findElement(By.id("logout:logoutButton")).click();
        // Voss writes Nynorsk, so its users see Nynorsk until they choose otherwise.
        assertEquals(username.equals("kommune.voss") ? "Du er logga ut." : "Du er logget ut.",
                browser.findElement(By.cssSelector("p.info")).getText());
    }

    @Test
    void aNynorskMunicipalitysUsersSeeNynorskUntilTheyChooseOtherwise() throws IOException {
        login("kommune.voss", Api.DEMO_PASSWORD);
        assertTrue(page().contains("Velkomen, Synnøve Lid."), page());
        chooseLanguage("Bokmål");
        assertTrue(page().contains("Velkommen, Synnøve Lid."), page());
        forgetEverything();
        login("kommune.drammen", Api.DEMO_PASSWORD);
        assertTrue(page().contains("Velkommen, Kari Nordmann."), "Drammen is Nøytral: Bokmål " + page());
    }

    @Test
    void anApproverMayAlsoDoEverythingACaseHandlerMay() {
        login("godkjenner2", Api.DEMO_PASSWORD);
        open("casework/index.xhtml");
        assertEquals("Saksbehandling", heading());
        assertEquals(List.of("Saksbehandling", "Søknader", "Rangering", "Budsjett", "Gevinster", "Godkjenning", "Utbetalinger",
                "Oversikt", "Rapporter",
                "Kommuneregister"),
                browser.findElements(By.cssSelector("nav.main-menu a")).stream().map(WebElement::getText).toList());
    }

    @Test
    void aFailedLoginSaysSoAndLetsNobodyIn() throws IOException {
        login("saksbehandler2", "wrong-password");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
        assertTrue(page().contains("Innloggingen mislyktes."), page());
        screenshot("login-failed");
        open("casework/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml?continue="), browser.getCurrentUrl());
    }

    @Test
    void afterLoginTheUserContinuesToThePageTheyAskedFor() {
        open("municipalities.xhtml?q=Voss");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys("saksbehandler2");
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("municipalities.xhtml"));
        assertEquals(1, browser.findElements(By.cssSelector("#municipalities tbody tr")).size());
    }

    @Test
    void aMunicipalityUserGetsTheTranslated403PageForAdminAndCaseHandlerPages() throws IOException {
        login("kommune.drammen", Api.DEMO_PASSWORD);
        open("admin/index.xhtml");
        assertEquals("Ingen tilgang", heading());
        screenshot("403-nb");
        open("casework/index.xhtml");
        assertEquals("Ingen tilgang", heading());
        chooseLanguage("Nynorsk");
        assertEquals("Inga tilgang", heading());
        chooseLanguage("English");
        assertEquals("Access denied", heading());
        open("no-such-page.xhtml");
        assertEquals("Page not found", heading());
    }

    @Test
    void aFormLeftUntilItsSessionIsGoneShowsTheTranslatedExpiredPage() throws IOException {
        open("login.xhtml");
        chooseLanguage("Nynorsk");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("login:username")).sendKeys("kommune.voss");
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        assertEquals("Sida har gått ut", heading());
        screenshot("expired-nn");
    }

    @Test
    void switchingLanguageChangesTheLoginStartAndRegisterPages() throws IOException {
        open("login.xhtml");
        assertEquals("Brukernavn", browser.findElement(By.cssSelector("label[for='login:username']")).getText().replace("*", "").trim());
        chooseLanguage("Nynorsk");
        assertEquals("Brukarnamn", browser.findElement(By.cssSelector("label[for='login:username']")).getText().replace("*", "").trim());
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"));
        chooseLanguage("English");
        assertEquals("Username", browser.findElement(By.cssSelector("label[for='login:username']")).getText().replace("*", "").trim());
        screenshot("login-en");

        login("kommune.voss", Api.DEMO_PASSWORD);
        assertTrue(page().contains("Welcome, Synnøve Lid."), "the choice is remembered after login: " + page());
        chooseLanguage("Nynorsk");
        assertTrue(page().contains("Velkomen, Synnøve Lid."), page());
        assertTrue(page().contains("Opne utlysingar"), page());
        chooseLanguage("Bokmål");
        assertTrue(page().contains("Velkommen, Synnøve Lid."), page());
        assertTrue(page().contains("Åpne utlysninger"), page());

        open("municipalities.xhtml");
        assertEquals("Innbyggere", columnHeader(5));
        chooseLanguage("Nynorsk");
        assertEquals("Innbyggjarar", columnHeader(5));
        chooseLanguage("English");
        assertEquals("Population", columnHeader(5));
        assertEquals("Municipality register", heading());
    }

    private String columnHeader(int index) {
        List<WebElement> headers = browser.findElements(By.cssSelector("#municipalities thead th"));
        return headers.get(index).getText();
    }

    @Test
    void anAdministratorCreatesACallSeesTheRulesAtTheFieldsAndChangesIt() throws IOException {
        login("admin", Api.DEMO_PASSWORD);
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        assertTrue(browser.findElement(By.id("call:weightSum")).getText().contains("100"));
        browser.findElement(By.id("call:criteria:2:remove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:weightSum"), "70"));
        browser.findElement(By.id("call:save")).click();
        // The weights add up to 70: refused, with the message at the criteria and everything typed still there.
        waitForPageText("Vektene må til sammen være 100, nå er de 70.");
        assertEquals(title, browser.findElement(By.id("call:title")).getAttribute("value"));
        screenshot("call-refused");

        browser.findElement(By.id("call:addCriterion")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call:criteria:2:name")));
        browser.findElement(By.id("call:criteria:2:name")).sendKeys("Samarbeid");
        browser.findElement(By.id("call:criteria:2:weight_input")).sendKeys("30", Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:weightSum"), "100"));
        browser.findElement(By.id("call:save")).click();
        wait.until(ExpectedConditions.urlContains("admin/calls.xhtml"));
        assertTrue(page().contains("Utlysningen «" + title + "» er lagret."), page());
        WebElement row = browser.findElements(By.cssSelector("#calls tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("25 000 000,00"), row.getText());
        assertTrue(row.getText().contains("15.01.2027"), row.getText());
        assertTrue(row.getText().contains("Kommer"), row.getText());

        row.findElement(By.linkText(title)).click();
        browser.findElement(By.id("call:title")).sendKeys(" (endret)");
        browser.findElement(By.id("call:save")).click();
        wait.until(ExpectedConditions.urlContains("admin/calls.xhtml"));
        assertTrue(page().contains(title + " (endret)"), page());
        screenshot("calls");
    }

    @Test
    void theRegisterPageSearchesByNameNumberAndCounty() throws IOException {
        login("ledelse", Api.DEMO_PASSWORD);
        open("municipalities.xhtml");
        assertEquals(357, browser.findElements(By.cssSelector("#municipalities tbody tr")).size());
        WebElement oslo = browser.findElements(By.cssSelector("#municipalities tbody tr")).get(0);
        assertTrue(oslo.getText().contains("717 710"), "population with a space between thousands: " + oslo.getText());
        assertTrue(oslo.getText().contains("958 935 420"), oslo.getText());

        browser.findElement(By.id("search:q")).sendKeys("voss");
        browser.findElement(By.id("search:searchButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("q=voss"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#municipalities tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("4621"));
        assertTrue(rows.get(0).getText().contains("Nynorsk"));

        browser.findElement(By.id("search:q")).clear();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search:county"))).selectByVisibleText("Vestland");
        browser.findElement(By.id("search:searchButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("county=46"));
        assertEquals(43, browser.findElements(By.cssSelector("#municipalities tbody tr")).size());
        screenshot("register-vestland");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private void choose(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    private void waitForPageText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void aMunicipalityAppliesTogetherWithAPartnerWhoThenReadsTheApplication() throws IOException {
        login("kommune.drammen", Api.DEMO_PASSWORD);
        WebElement demoCall = browser.findElements(By.cssSelector("#openCallsForm\\:openCalls tbody tr")).stream()
                .filter(r -> r.getText().contains("Tilskudd til helseteknologi i kommunene")).findFirst().orElseThrow();
        demoCall.findElement(By.cssSelector("button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("application-edit.xhtml"));
        String id = browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        String title = "Digitalt nattilsyn " + System.nanoTime();

        // Start, save a little, leave.
        type("application:title", title);
        choose("application:category", "Velferdsteknologi");
        type("application:summary", "Kamera og sensorer i stedet for fysiske nattrunder.");
        browser.findElement(By.id("application:save")).click();
        assertTrue(page().contains("Søknaden er lagret."), page());
        screenshot("application-draft-saved");
        open("municipality/index.xhtml");
        WebElement mine = browser.findElements(By.cssSelector("#myApplications tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(mine.getText().contains("Utkast") && mine.getText().contains("Fyll ut søknaden"), mine.getText());

        // Come back: what is missing is listed by field.
        mine.findElement(By.linkText(title)).click();
        assertTrue(browser.findElement(By.id("missing")).getText().contains("Kontaktperson: Fyll ut feltet."), page());
        assertTrue(browser.findElement(By.id("acts:submit")).getAttribute("disabled") != null, "incomplete: no submit");
        browser.findElement(By.id("edit")).click();
        assertEquals(title, browser.findElement(By.id("application:title")).getAttribute("value"));

        // Complete it.
        type("application:serviceChange", "Nattevakten ser til brukerne på skjerm og går bare ut når det trengs.");
        choose("application:partnerMunicipalities", "Voss (4621)");
        browser.findElement(By.id("application:addPartner")).click();
        waitForText("application:partnerList", "Voss (4621)");
        type("application:contactName", "Kari Nordmann");
        type("application:contactEmail", "kari.nordmann@drammen.example");
        type("application:contactPhone", "+47 32 04 00 00");
        type("application:bankAccount", "8601 11 17947");
        type("application:eligibleCost_input", "2000000");
        waitForText("application:maxRequest", "1 000 000,00");
        type("application:ownContribution_input", "1000000");
        type("application:requestedAmount_input", "1000000");
        type("application:plannedStartDate_input", "01.02.2027");
        type("application:plannedOperationDate_input", "01.10.2027");
        type("application:milestones:0:title", "Anskaffelse");
        type("application:milestones:0:dueDate_input", "01.04.2027");
        type("application:milestones:0:amount_input", "400000");
        browser.findElement(By.id("application:addMilestone")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("application:milestones:1:title")));
        type("application:milestones:1:title", "Innføring");
        type("application:milestones:1:dueDate_input", "01.09.2027");
        type("application:milestones:1:amount_input", "600000");
        waitForText("application:milestoneSum", "1 000 000,00 kr av");
        type("application:benefitTargets:0:indicator", "Timer brukt på nattrunder");
        choose("application:benefitTargets:0:kind", "Spart tid (timer per år)");
        type("application:benefitTargets:0:unit", "timer per år");
        type("application:benefitTargets:0:baseline_input", "3000");
        type("application:benefitTargets:0:baselineDate_input", "15.01.2025");
        type("application:benefitTargets:0:target_input", "1200");
        type("application:benefitTargets:0:targetDate_input", "31.12.2029");
        type("application:benefitTargets:0:owner", "Kommunalsjef helse og omsorg");
        Path pdf = Files.createTempFile(Path.of("target"), "prosjektplan", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        browser.findElement(By.id("application:file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("application:upload")).click();
        assertTrue(page().contains("er lastet opp"), page());
        assertTrue(page().contains(pdf.getFileName().toString()), page());
        screenshot("application-form");

        // Submit.
        browser.findElement(By.id("application:review")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/application.xhtml"));
        assertTrue(page().contains("Søknaden er fullstendig og kan sendes inn."), page());
        browser.findElement(By.id("acts:submit")).click();
        waitForText("reference", "HT-");
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(reference.matches("HT-\\d{4}-\\d{4}"), reference);
        assertTrue(page().contains("har fått saksnummer " + reference), page());
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Sendt inn"));
        screenshot("application-submitted");

        // The partner reads it, and can change nothing.
        forgetEverything();
        login("kommune.voss", Api.DEMO_PASSWORD);
        WebElement joint = browser.findElements(By.cssSelector("#myApplications tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(joint.getText().contains("Samarbeidskommune"), joint.getText());
        joint.findElement(By.linkText(title)).click();
        assertEquals(reference, browser.findElement(By.id("reference")).getText());
        assertTrue(browser.findElement(By.id("readOnlyNote")).isDisplayed());
        assertTrue(browser.findElements(By.id("acts:submit")).isEmpty() && browser.findElements(By.id("edit")).isEmpty()
                && browser.findElements(By.id("acts:withdraw")).isEmpty(), "no acts for a partner");
        assertTrue(browser.findElement(By.id("attachments")).getText().contains(pdf.getFileName().toString()));
        screenshot("application-partner-reads");
        open("municipality/application-edit.xhtml?id=" + id);
        assertTrue(browser.getCurrentUrl().contains("/application.xhtml"), "the form sends a partner to the read-only page");
    }

    @Test
    void aCaseHandlerFindsSubmittedApplicationsByCountyAndStatusButNoDrafts() throws IOException {
        login("saksbehandler1", Api.DEMO_PASSWORD);
        browser.findElement(By.linkText("Søknader")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:applications")));
        String table = browser.findElement(By.id("list:applications")).getText();
        assertTrue(table.contains("Digital heimeoppfølging for heimebuande med kols"), table);
        assertTrue(table.contains("Voss +2") && table.contains("Vestland"), "lead, partners and county: " + table);
        assertTrue(!table.contains("Velferdsteknologi i hjemmetjenesten"), "a draft is the municipality's own");

        choose("list:county", "Vestland");
        choose("list:status", "Sendt inn");
        browser.findElement(By.id("list:filter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"), "Vestland"));
        screenshot("casework-applications");
        choose("list:county", "Buskerud");
        browser.findElement(By.id("list:filter")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"),
                "Digital heimeoppfølging")));
        String journeys = browser.findElement(By.id("list:applications")).getText();
        assertTrue(!journeys.contains("Vestland"), "only Buskerud's applications, if any: " + journeys);
    }

    @Test
    void anAdministratorCreatesAMunicipalityUserWhoMustChooseTheirOwnPasswordAndSeesOnlyTheirOwn() throws IOException {
        login("admin", Api.DEMO_PASSWORD);
        browser.findElement(By.id("adminUsers")).click();
        browser.findElement(By.id("newUser")).click();
        String username = "synne.voss" + System.nanoTime() % 100000;
        type("user:username", username);
        type("user:fullName", "Synne Vossevangen");
        type("user:email", username + "@voss.example");
        browser.findElements(By.cssSelector("#user\\:roles label")).stream()
                .filter(label -> label.getText().equals("Kommune")).findFirst().orElseThrow().click();
        browser.findElements(By.cssSelector("#user\\:roles label")).stream()
                .filter(label -> label.getText().equals("Saksbehandler")).findFirst().orElseThrow().click();
        choose("user:municipality", "Voss (4621)");
        browser.findElement(By.id("user:save")).click();
        waitForPageText("En kommunebruker kan ikke også ha en rolle i direktoratet.");
        browser.findElements(By.cssSelector("#user\\:roles label")).stream()
                .filter(label -> label.getText().equals("Saksbehandler")).findFirst().orElseThrow().click();
        browser.findElement(By.id("user:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("temporaryPassword")));
        String temporary = browser.findElement(By.id("temporaryPassword")).getText();
        assertEquals(14, temporary.length(), temporary);
        screenshot("admin-user-created");

        forgetEverything();
        login(username, temporary);
        assertTrue(browser.getCurrentUrl().contains("/account.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("mustChange")).isDisplayed());
        open("municipality/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/account.xhtml"), "nothing else until the password is changed");
        // Voss writes Nynorsk: the page speaks Nynorsk.
        type("password:currentPassword", temporary);
        type("password:newPassword", "kort");
        type("password:repeatPassword", "kort");
        browser.findElement(By.id("password:change")).click();
        waitForPageText("Passordet må ha minst 12 teikn.");
        String chosen = "Fjelltur i Vossafjella 2026";
        type("password:currentPassword", temporary);
        type("password:newPassword", chosen);
        type("password:repeatPassword", chosen);
        browser.findElement(By.id("password:change")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/municipality/index.xhtml"));
        assertTrue(page().contains("Passordet er bytt."), page());
        String mine = browser.findElement(By.id("myApplications")).getText();
        assertTrue(mine.contains("Digital heimeoppfølging for heimebuande med kols"), mine);
        assertFalse(page().contains("Velferdsteknologi i hjemmetjenesten"), "Drammen's draft is not Voss's");
        screenshot("new-user-start");

        forgetEverything();
        login(username, chosen);
        assertTrue(browser.getCurrentUrl().endsWith("/municipality/index.xhtml"), "the new password works");
    }

    @Test
    void anAdministratorKeepsAMunicipalitysDetailsAndSeesWhatANewRegisterWouldChange() throws IOException {
        login("admin", Api.DEMO_PASSWORD);
        open("municipalities.xhtml?q=4621");
        browser.findElement(By.linkText("Voss")).click();
        type("municipality:bankAccount", "1234 56 78901");
        browser.findElement(By.id("municipality:save")).click();
        waitForPageText("Kontonummeret må ha 11 sifre og riktig kontrollsiffer");
        type("municipality:bankAccount", "8601 11 17947");
        type("municipality:contactEmail", "postmottak@voss.kommune.no");
        browser.findElement(By.id("municipality:save")).click();
        waitForPageText("Voss er lagret.");
        assertEquals("8601 11 17947", browser.findElement(By.id("municipality:bankAccount")).getAttribute("value"));

        open("admin/register.xhtml");
        Path csv = Files.createTempFile(Path.of("target"), "kommuner", ".csv");
        try (var in = BrowserIT.class.getResourceAsStream("/reference/kommuner_2024.csv")) {
            Files.writeString(csv, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\n4620,Ulvik,", "\n4620,Ulvik herad,"));
        }
        browser.findElement(By.id("import:file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("import:compare")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("changed")));
        String changed = browser.findElement(By.id("changed")).getText();
        assertTrue(changed.contains("Ulvik (46)") && changed.contains("Ulvik herad (46)"), changed);
        // Nothing added: the file has no new number. (Removals may show what other tests added for years ahead.)
        assertTrue(browser.findElements(By.id("added")).isEmpty(), browser.findElement(By.tagName("main")).getText());
        screenshot("register-import");

        open("admin/settings.xhtml");
        assertEquals("Innstillinger for ordningen", heading());
        assertEquals("Gjennomførbarhet og modenhet", browser.findElement(By.id("settings:criteria:1:name")).getAttribute("value"));
        type("settings:debtorAccount", "1234 56 78901");
        browser.findElement(By.id("settings:save")).click();
        waitForPageText("Kontonummeret må ha 11 sifre og riktig kontrollsiffer");
        screenshot("scheme-settings");
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

        login("kommune.drammen", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        assertTrue(browser.findElement(By.id("returned")).getText().contains("Legg ved et budsjett fordelt på år."));
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Returnert for endring"));
        assertTrue(browser.findElements(By.id("edit")).size() == 1, "the municipality can change it again");
        screenshot("application-returned");
    }

    /**
     * The decision journey: an approver working as case handler takes the application (after declaring
     * impartiality), scores and recommends it, and is then refused the decision on their own recommendation; a second
     * approver approves; the municipality downloads the grant letter and accepts.
     */
    @Test
    void anApplicationIsAssessedRecommendedApprovedByASecondApproverAndAcceptedWithItsLetter() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        long call = Api.json(api.get("api/v1/calls?size=500", "kommune.drammen")).getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith("Tilskudd til helseteknologi i kommunene"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String title = "Vurderes " + System.nanoTime();
        var created = api.send("POST", "api/v1/applications", "kommune.drammen", """
                {"callId": %d, "title": "%s", "category": "DATA_SHARING", "summary": "S", "serviceChange": "T",
                 "contactName": "K", "contactEmail": "k@drammen.example", "bankAccount": "86011117947",
                 "eligibleCost": "200000.00", "ownContribution": "100000.00", "requestedAmount": "90000.00",
                 "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-06-01",
                 "milestones": [{"title": "Anskaffelse", "dueDate": "2027-03-01", "amount": "30000.00"},
                                {"title": "Innføring", "dueDate": "2027-05-01", "amount": "60000.00"}],
                 "benefitTargets": [{"indicator": "Timer per uke", "kind": "TIME_SAVED_HOURS_PER_YEAR", "unit": "timer", "baseline": 10,
                   "baselineDate": "2025-01-15", "target": 4, "targetDate": "2028-01-01", "owner": "Kommunalsjef"}]}
                """.formatted(call, title));
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        assertEquals(200, api.send("POST", "api/v1/applications/" + id + "/submit", "kommune.drammen", null).statusCode());

        // The first approver works as case handler: the application page leads to the assessment.
        login("godkjenner1", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        browser.findElement(By.id("assess")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("casework/assessment.xhtml"));
        browser.findElement(By.id("takeForm:take")).click();
        waitForPageText("Du må erklære at du er habil");
        browser.findElement(By.id("takeForm:impartial")).click();
        browser.findElement(By.id("takeForm:take")).click();
        waitForPageText("Du har tatt saken.");
        assertTrue(browser.findElement(By.id("assessor")).getText().contains("godkjenner1"), page());
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Under vurdering"));

        // The case handler adjusts the benefit target; the reason is required, and the change is in the history.
        WebElement target = browser.findElement(By.id("targetsForm:targets:0:target_input"));
        target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        target.sendKeys("5", Keys.TAB);
        WebElement targetDate = browser.findElement(By.id("targetsForm:targets:0:targetDate_input"));
        targetDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        targetDate.sendKeys("31.12.2027", Keys.TAB);
        browser.findElement(By.id("targetsForm:adjustTargets")).click();
        waitForPageText("Begrunnelse for justeringen: Fyll ut feltet.");
        type("targetsForm:adjustmentReason", "Fem timer er realistisk det første året.");
        browser.findElement(By.id("targetsForm:adjustTargets")).click();
        waitForPageText("Gevinstmålene er justert.");
        assertEquals("5", browser.findElement(By.id("targetsForm:targets:0:target_input")).getAttribute("value"));
        open("application.xhtml?id=" + id);
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("BENEFIT_TARGETS_ADJUSTED") && history.contains("target 4 -> 5")
                && history.contains("2028-01-01 -> 2027-12-31")
                && history.contains("Fem timer er realistisk"), history);
        open("casework/assessment.xhtml?id=" + id);

        List<WebElement> scores = browser.findElements(By.cssSelector("select[id$=':score']"));
        assertTrue(scores.size() >= 2, "one score per criterion of the call");
        for (WebElement score : scores) {
            new org.openqa.selenium.support.ui.Select(score).selectByVisibleText("5");
        }
        assertEquals("90000,00", browser.findElement(By.id("recommendForm:amount_input")).getAttribute("value")
                .replaceAll("[\\s\u00a0]", ""), "the requested amount is proposed");
        WebElement amount = browser.findElement(By.id("recommendForm:amount_input"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        amount.sendKeys("60000", Keys.TAB);
        type("recommendForm:justification", "Godt begrunnet, men uten egenandel i første fase.");
        screenshot("assessment-scored");
        browser.findElement(By.id("recommendForm:recommend")).click();
        waitForPageText("Innstillingen er sendt til godkjenning.");
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Innstilt"));
        assertEquals("5", browser.findElement(By.id("weightedScore")).getText(), "all fives weigh five");
        String plan = browser.findElement(By.id("plan")).getText().replace('\u00a0', ' ');
        assertTrue(plan.contains("20 000,00") && plan.contains("40 000,00"), "a third and two thirds of 60 000: " + plan);

        // Four eyes: the recommender is told, and offered no decision.
        assertTrue(browser.findElement(By.id("fourEyes")).getText().contains("En annen godkjenner må fatte vedtaket"));
        assertTrue(browser.findElements(By.id("decideForm:approve")).isEmpty(), "no approve button for the recommender");
        screenshot("decision-refused-own-recommendation");

        // The second approver approves.
        forgetEverything();
        login("godkjenner2", Api.DEMO_PASSWORD);
        open("applications.xhtml?status=RECOMMENDED");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"), title));
        assertEquals("Innstilt", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("list:status")))
                .getFirstSelectedOption().getText(), "the approver's queue: recommendations");
        open("casework/assessment.xhtml?id=" + id);
        type("decideForm:comment", "Innvilget etter innstilling.");
        screenshot("decision");
        browser.findElement(By.id("decideForm:approve")).click();
        waitForPageText("Tilsagnet er gitt");
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Innvilget"));
        assertTrue(browser.findElement(By.id("grantAmount")).getText().replace('\u00a0', ' ').contains("60 000,00"));

        // The municipality is notified: the unread count, and the notification leads to the application.
        forgetEverything();
        login("kommune.drammen", Api.DEMO_PASSWORD);
        String granted = Api.json(api.get("api/v1/applications/" + id, "ledelse")).getString("reference");
        assertTrue(Integer.parseInt(browser.findElement(By.id("unreadCount")).getText().replaceAll("\\D", "")) >= 1,
                browser.findElement(By.id("unreadCount")).getText());
        browser.findElement(By.id("notificationsLink")).click();
        WebElement notification = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("#list\\:notifications a")).stream()
                .filter(a -> a.getText().contains("Søknaden " + granted + " er innvilget")).findFirst().orElse(null));
        screenshot("notifications");
        notification.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("application.xhtml?id=" + id));

        // The municipality downloads the letter and accepts.
        open("application.xhtml?id=" + id);
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(browser.findElement(By.id("answerPrompt")).getText().contains("Les tilsagnsbrevet og svar innen"));
        Path letter = DOWNLOADS.resolve("tilsagnsbrev-" + reference + ".pdf");
        Files.deleteIfExists(letter);
        browser.findElement(By.id("grantActs:letter")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(letter));
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(letter))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
            assertTrue(text.contains(reference) && text.contains("60 000,00") && text.contains("Tilsagn"), text);
        }
        screenshot("grant-to-accept");
        browser.findElement(By.id("grantActs:accept")).click();
        waitForPageText("Dere har tatt imot tilsagnet.");
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("Akseptert"));
        assertTrue(browser.findElements(By.id("grantActs:accept")).isEmpty(), "answered once");
        screenshot("grant-accepted");
    }

    @Test
    void theRankingShowsTheCutLineAndTheBudgetItsFigures() throws IOException {
        login("ledelse", Api.DEMO_PASSWORD);
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
        assertTrue(page().contains("Prosjekter forsinket til drift"), page());
        screenshot("dashboard");
        browser.findElement(By.linkText("Rangering")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertTrue(page().contains("Ramme"), page());
        screenshot("ranking");
        browser.findElement(By.linkText("Budsjett")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        assertTrue(browser.findElement(By.id("frame")).getText().endsWith("kr"), page());
        screenshot("budget");
        browser.findElement(By.linkText("Gevinster")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("lagging-heading")));
        assertEquals("Gevinstportefølje", heading());
        screenshot("portfolio");
    }

    /** Management downloads every report from the reports page, in Bokmål and then in English. */
    @Test
    void managementDownloadsEveryReportFromTheReportsPageInBokmaalAndEnglish() throws Exception {
        login("ledelse", Api.DEMO_PASSWORD);
        browser.findElement(By.linkText("Rapporter")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("reports:catalogue")));
        screenshot("reports");
        List<String> reports = List.of("portfolio", "budget", "payments", "benefits", "counties");
        List<String> firstHeaders = List.of("Referanse", "Budsjettår", "Bunt", "Tilskudd", "Fylke");
        for (int i = 0; i < reports.size(); i++) {
            try (var workbook = downloadReport(i, reports.get(i))) {
                assertEquals(firstHeaders.get(i), workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
                assertTrue(workbook.getSheet("Om rapporten") != null, reports.get(i));
            }
        }
        chooseLanguage("English");
        waitForPageText("Report catalogue");
        List<String> englishHeaders = List.of("Reference", "Budget year", "Batch", "Grant", "County");
        for (int i = 0; i < reports.size(); i++) {
            try (var workbook = downloadReport(i, reports.get(i))) {
                assertEquals(englishHeaders.get(i), workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
                assertTrue(workbook.getSheet("About") != null, reports.get(i));
            }
        }
        chooseLanguage("Bokmål");
    }

    /** Clicks row {@code index}'s download button and reads the file the browser saved. */
    private org.apache.poi.xssf.usermodel.XSSFWorkbook downloadReport(int index, String name) throws IOException {
        Path file = DOWNLOADS.resolve(no.gevinst.reports.boundary.ReportsResource.fileName(name,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))));
        Files.deleteIfExists(file);
        browser.findElement(By.id("reports:catalogue:" + index + ":download")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Files.isRegularFile(file)
                && !Files.exists(Path.of(file + ".crdownload")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("building")));
        return no.gevinst.support.Workbooks.open(Files.readAllBytes(file));
    }

    /** The measurements the benefit chart of target {@code index} draws, as "dd.MM.yyyy=value", read from Chart.js. */
    private List<String> chartedMeasurements(int index) {
        WebElement canvas = browser.findElement(By.id("charts:" + index + ":chart_canvas"));
        @SuppressWarnings("unchecked")
        List<String> points = (List<String>) new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                var chart = Chart.getChart(arguments[0]);
                return chart && chart.data.datasets[0].data.map(function (p) {
                    var d = new Date(p.x * 86400000);
                    return ('0' + d.getUTCDate()).slice(-2) + '.' + ('0' + (d.getUTCMonth() + 1)).slice(-2) + '.'
                        + d.getUTCFullYear() + '=' + p.y;
                });""", canvas));
        return points;
    }

    /** The realised benefit the portfolio page shows for a budget year (one kind of benefit in it). */
    private String realisedInBudgetYear(String year) {
        open("portfolio.xhtml");
        WebElement row = browser.findElements(By.cssSelector("#byBudgetYear tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(year)).findFirst().orElseThrow();
        return row.findElements(By.tagName("td")).get(1).getText();
    }

    /**
     * The payment path: the municipality reports a milestone, a case handler verifies it, an approver approves the
     * payment, gathers a batch and downloads the bank file; the municipality reports operation, a case handler
     * confirms it, and an approver approves the release of the withheld money.
     */
    @Test
    void aMilestoneIsReportedVerifiedPaidAndBatchedAndOperationReleasesTheWithheldMoney() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        no.gevinst.support.Scenario scenario = new no.gevinst.support.Scenario(api);
        long id = scenario.accepted(scenario.call(2065, "5000000.00"), "100000.00", "50000.00");
        String reference = Api.json(api.get("api/v1/applications/" + id, "ledelse")).getString("reference");
        var norwegianDate = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        String today = norwegianDate.format(day);
        String operationDay = norwegianDate.format(day.minusDays(60));

        login("kommune.drammen", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        browser.findElement(By.id("milestoneActs:m:0:report")).click();
        waitForPageText("Last opp dokumentasjon (PDF) for milepælen før du rapporterer den.");
        Path evidence = Files.createTempFile(Path.of("target"), "leveranse", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        browser.findElement(By.id("milestoneActs:m:0:file")).sendKeys(evidence.toAbsolutePath().toString());
        browser.findElement(By.id("milestoneActs:m:0:upload")).click();
        waitForPageText("Dokumentasjonen er lastet opp.");
        assertTrue(browser.findElement(By.id("milestone-0")).getText().contains(evidence.getFileName().toString()));
        type("milestoneActs:m:0:completedOn_input", today);
        type("milestoneActs:m:0:description", "Utstyret er levert og montert.");
        screenshot("milestone-report");
        browser.findElement(By.id("milestoneActs:m:0:report")).click();
        waitForPageText("Milepælen er rapportert.");
        assertTrue(browser.findElement(By.id("milestone-0")).getText().contains("Rapportert"));

        forgetEverything();
        login("saksbehandler1", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        browser.findElement(By.id("milestoneActs:m:0:verify")).click();
        waitForPageText("Milepælen er godkjent");
        assertEquals("80 000,00", browser.findElement(By.id("ledgerPaid")).getText().replace('\u00a0', ' '),
                "100 000 less 20 % withheld");
        assertEquals("20 000,00", browser.findElement(By.id("ledgerWithheld")).getText().replace('\u00a0', ' '));
        screenshot("milestone-verified");

        forgetEverything();
        login("godkjenner1", Api.DEMO_PASSWORD);
        browser.findElement(By.linkText("Utbetalinger")).click();
        WebElement row = browser.findElements(By.cssSelector("#proposed\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(reference)).findFirst().orElseThrow();
        screenshot("payments-proposed");
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        waitForPageText("Utbetalingen er godkjent.");
        browser.findElement(By.id("gather:gather")).click();
        waitForPageText("Utbetalingsbunten er laget.");
        WebElement batch = browser.findElements(By.cssSelector("#batches\\:table tbody tr")).get(0);
        String batchId = batch.findElement(By.tagName("th")).getText().trim();
        Path file = DOWNLOADS.resolve("gevinst-utbetalinger-" + batchId + ".xml");
        Files.deleteIfExists(file);
        batch.findElement(By.linkText("Last ned (pain.001)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file) && file.toFile().length() > 0);
        byte[] xml = Files.readAllBytes(file);
        no.gevinst.support.BankFiles.validatePain001(xml);
        assertTrue(new String(xml, java.nio.charset.StandardCharsets.UTF_8).contains(reference + "-M1-P"));
        screenshot("payment-batch");

        forgetEverything();
        login("kommune.drammen", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        type("operationActs:since_input", operationDay);
        type("operationActs:description", "Alle avdelinger bruker løsningen.");
        type("operationActs:t:0:value_input", "20");
        browser.findElement(By.id("operationActs:reportOperation")).click();
        waitForPageText("Prosjektet er meldt i drift.");

        forgetEverything();
        login("saksbehandler2", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        browser.findElement(By.id("operationActs:confirmOperation")).click();
        waitForPageText("Driften er bekreftet.");
        assertTrue(browser.findElement(By.id("statusValue")).getText().contains("I drift"));
        String benefits = browser.findElement(By.id("benefits")).getText();
        assertTrue(benefits.contains("25 %") && benefits.contains("I rute"),
                "baseline 10, target 50, first measurement 20 on the operation date: " + benefits);
        assertEquals(List.of(operationDay + "=20"), chartedMeasurements(0));
        screenshot("operation-confirmed");
        assertEquals("10", realisedInBudgetYear("2065"), "20 measured from a baseline of 10");

        // After operation the municipality reports a second measurement, and the realisation follows it.
        forgetEverything();
        login("kommune.drammen", Api.DEMO_PASSWORD);
        open("application.xhtml?id=" + id);
        type("measureForm:t:0:on_input", today);
        type("measureForm:t:0:value_input", "30");
        browser.findElement(By.id("measureForm:t:0:measure")).click();
        waitForPageText("Målingen er registrert.");
        assertTrue(browser.findElement(By.id("benefits")).getText().contains("50 %"), "measured 30: half way");
        assertEquals(List.of(operationDay + "=20", today + "=30"), chartedMeasurements(0));
        String points = browser.findElement(By.id("charts:0:points")).getText();
        assertTrue(points.contains(operationDay) && points.contains(today) && points.contains("30"), points);
        screenshot("benefit-measured");

        forgetEverything();
        login("godkjenner1", Api.DEMO_PASSWORD);
        assertEquals("20", realisedInBudgetYear("2065"), "the portfolio follows the latest measurement, 30");
        open("approval/payments.xhtml");
        WebElement release = browser.findElements(By.cssSelector("#proposed\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(reference) && r.getText().contains("Tilbakeholdt beløp")).findFirst()
                .orElseThrow();
        assertTrue(release.getText().replace('\u00a0', ' ').contains("20 000,00"), release.getText());
        release.findElement(By.cssSelector("button[id$=':approve']")).click();
        waitForPageText("Utbetalingen er godkjent.");
        assertEquals("RELEASE", Api.json(api.get("api/v1/payments?status=APPROVED&size=500", "ledelse"))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("applicationId").longValue() == id).findFirst().orElseThrow()
                .getString("kind"), "the release is approved");
    }
}
