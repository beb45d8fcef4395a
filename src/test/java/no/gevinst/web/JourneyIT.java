package no.gevinst.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.gevinst.support.Api;
import no.gevinst.support.Axe;
import no.gevinst.support.BankFiles;
import no.gevinst.support.Browser;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.SharedBrowser;
import no.gevinst.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main journey of every role, end to end in one running application and only through its pages: a municipality
 * applies together with a partner, a case handler assesses and recommends, an approver decides, the municipality
 * accepts and reports a milestone, the payment is approved and batched, operation is confirmed and its withheld
 * money released, a benefit is measured, management downloads its reports, and an administrator looks after calls
 * and users. Every step is checked by axe-core and photographed: the pictures are the user guide's
 * ({@code docs/user-guide/}), and the test fails when the guide shows a picture the journey does not take, or the
 * journey takes one the guide does not show. {@code docs/user-guide/lag-bilder.sh} runs it and renews the pictures.
 */
public abstract class JourneyIT {

    private static final Path GUIDE = Path.of("docs", "user-guide");
    private static final Path PICTURES = Path.of("target", "user-guide");
    private static final Path DOWNLOADS = Path.of("target", "downloads");
    private static final Pattern PICTURE_REFERENCE = Pattern.compile("\\]\\(bilder/([a-z0-9-]+)\\.png\\)");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser(DOWNLOADS, PICTURES);

    private Browser browser;
    private WebDriver driver;
    private final Set<String> taken = new TreeSet<>();
    private final Axe axe = new Axe();

    final URL base = DeployedApplication.reported();

    /**
     * A step of the guide: the page has its own title, shows no text missing from the bundles and passes axe, and
     * its picture is taken from the top or from an element.
     */
    private void step(String picture, String fromElementId) throws IOException {
        assertTrue(driver.getTitle().matches(".+ – Gevinst"), picture + ": the page's title " + driver.getTitle());
        assertTrue(!driver.getPageSource().contains("???"), picture + ": a text missing from the bundles");
        axe.assertNoSeriousViolation(driver);
        if (fromElementId == null) {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            browser.screenshot(picture);
        } else {
            browser.screenshotOf(picture, fromElementId);
        }
        taken.add(picture);
    }

    private WebElement row(String tableCss, String containing) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector(tableCss + " tbody tr"))
                .stream().filter(r -> r.getText().contains(containing)).findFirst().orElse(null));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().replace('\u00a0', ' ');
    }

    @Test
    void everyRoleDoesItsPartFromApplicationToReportsAndTheGuideShowsEachStep() throws Exception {
        browser = SHARED.on(base);
        driver = browser.driver();
        Api api = new Api(Deployments.onLoopback(base));
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String title = "Digitalt nattilsyn " + System.nanoTime();

        // The municipality starts an application from the open call: a task list of its parts, none started.
        browser.loginAs("kommune.drammen");
        step("kommune-01-startside", null);
        row("#openCallsForm\\:openCalls", "Tilskudd til helseteknologi i kommunene").findElement(By.cssSelector("button")).click();
        browser.waitForUrl("application-tasks.xhtml");
        String id = driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        assertEquals("Ikke påbegynt", text("state-project"));
        assertEquals("4 ting mangler", text("missing-project"));
        assertEquals("Kan ikke sendes ennå", text("state-check"));
        // with no amount yet, the plan's sentence says so rather than "… of a requested amount of NOK ."
        browser.open("municipality/application-edit.xhtml?id=" + id + "&section=milestones");
        assertEquals("Milepælene er til sammen 0,00 kr. Søknadsbeløpet er ikke fylt ut ennå.",
                text("application:milestoneSum"));

        // It fills in a part, saves and continues to the next, then leaves.
        browser.open("municipality/application-tasks.xhtml?id=" + id);
        browser.clickAndWaitForTheNextPage(driver.findElement(By.id("open-project")));
        browser.waitForUrl("section=project");
        assertTrue(text("sectionCaption").startsWith("Del 1 av 7"), text("sectionCaption"));
        browser.type("application:title", title);
        browser.choose("application:category", "Velferdsteknologi");
        browser.type("application:summary", "Kamera og sensorer i stedet for fysiske nattrunder.");
        browser.click("application:continue");
        browser.waitForUrl("section=partners");
        assertTrue(driver.getTitle().startsWith("Samarbeidskommuner – " + title), "the title names it: " + driver.getTitle());
        browser.open("municipality/index.xhtml");
        WebElement mine = row("#myApplications", title);
        assertTrue(mine.getText().contains("Utkast") && mine.getText().contains("Fyll ut søknaden"), mine.getText());

        // Back, the task list shows where it stopped: the project in progress, one thing missing there.
        browser.clickAndWaitForTheNextPage(mine.findElement(By.linkText(title)));
        browser.waitForText("missing", "Kontaktperson: Fyll ut feltet.");
        assertTrue(text("nextStep").startsWith("Hva skjer nå: Fyll ut det som mangler"), text("nextStep"));
        browser.clickAndWaitForTheNextPage(driver.findElement(By.id("edit")));
        browser.waitForUrl("application-tasks.xhtml");
        assertEquals("Påbegynt", text("state-project"));
        assertEquals("1 ting mangler", text("missing-project"));
        assertEquals("Ikke påbegynt", text("state-contact"));
        step("kommune-02-oppgaveliste", null);
        browser.clickAndWaitForTheNextPage(driver.findElement(By.id("open-project")));
        browser.waitForUrl("section=project");
        assertEquals(title, driver.findElement(By.id("application:title")).getAttribute("value"), "what it saved");

        // It goes through the parts one by one: Voss as partner, a plan of two milestones and a benefit target.
        browser.type("application:serviceChange", "Nattevakten ser til brukerne på skjerm og går bare ut når det trengs.");
        browser.click("application:continue");
        browser.waitForUrl("section=partners");
        browser.choose("application:partnerMunicipalities", "Voss (4621)");
        browser.click("application:addPartner");
        browser.waiting().until(d -> d.findElements(By.cssSelector("#application\\:partnerList li")).stream()
                .anyMatch(li -> li.getText().contains("Voss (4621)")));
        browser.click("application:continue");
        browser.waitForUrl("section=contact");
        browser.type("application:contactName", "Kari Nordmann");
        browser.type("application:contactEmail", "kari.nordmann@drammen.example");
        browser.type("application:contactPhone", "+47 32 04 00 00");
        browser.type("application:bankAccount", "8601 11 17947");
        browser.click("application:continue");
        browser.waitForUrl("section=money");
        browser.type("application:eligibleCost_input", "2000000");
        browser.waitForText("application:maxRequest", "1 000 000,00");
        browser.type("application:ownContribution_input", "1000000");
        browser.type("application:requestedAmount_input", "1000000");
        browser.type("application:plannedStartDate_input", "01.02.2027");
        browser.type("application:plannedOperationDate_input", "01.10.2027");
        browser.click("application:continue");
        browser.waitForUrl("section=milestones");
        browser.type("application:milestones:0:title", "Anskaffelse");
        browser.type("application:milestones:0:dueDate_input", "01.04.2027");
        browser.type("application:milestones:0:amount_input", "400000");
        browser.click("application:addMilestone");
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("application:milestones:1:title")));
        browser.type("application:milestones:1:title", "Innføring");
        browser.type("application:milestones:1:dueDate_input", "01.09.2027");
        browser.type("application:milestones:1:amount_input", "500000");
        browser.waitForText("application:milestoneSum", "900 000,00 kr av");
        step("kommune-02b-soknadsdel", null);
        browser.click("application:continue");
        browser.waitForUrl("section=targets");
        browser.type("application:benefitTargets:0:indicator", "Timer brukt på nattrunder");
        browser.choose("application:benefitTargets:0:kind", "Spart tid (timer per år)");
        browser.type("application:benefitTargets:0:unit", "timer per år");
        browser.type("application:benefitTargets:0:baseline_input", "3000");
        browser.type("application:benefitTargets:0:baselineDate_input", "15.01.2025");
        browser.type("application:benefitTargets:0:target_input", "1200");
        browser.type("application:benefitTargets:0:targetDate_input", "31.12.2029");
        browser.type("application:benefitTargets:0:owner", "Kommunalsjef helse og omsorg");
        browser.click("application:continue");
        browser.waitForUrl("section=attachments");
        Path plan = Files.createTempFile(Path.of("target"), "prosjektplan", ".pdf");
        Files.writeString(plan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        driver.findElement(By.id("application:file")).sendKeys(plan.toAbsolutePath().toString());
        browser.click("application:upload");
        browser.waitForPageText(plan.getFileName().toString());
        browser.click("application:continue");

        // The check page lists every answer and the one error: the milestones do not add up to the amount.
        browser.waitForUrl("application-check.xhtml");
        assertEquals("Kari Nordmann", text("answer-contactName"));
        assertEquals("Voss (4621)", text("answer-partnerMunicipalities"));
        assertEquals(List.of("Milepæler: Milepælene er til sammen 900 000,00 kr, men dere søker om 1 000 000,00 kr."
                + " Summen må bli lik søknadsbeløpet."), driver.findElements(By.cssSelector("#missing li")).stream()
                        .map(e -> e.getText().replace('\u00a0', ' ').replace('\u202f', ' ')).toList());
        assertTrue(driver.findElement(By.id("check:submit")).getAttribute("disabled") != null, "not yet: no submit");
        step("kommune-02c-kontroller", null);
        browser.open("municipality/application-tasks.xhtml?id=" + id);
        assertEquals("Har feil", text("state-milestones"));
        assertEquals("Fullført", text("state-targets"));
        browser.open("municipality/application-check.xhtml?id=" + id);
        browser.clickAndWaitForTheNextPage(driver.findElement(By.cssSelector("#missing a")));
        browser.waitForUrl("section=milestones");
        browser.retype("application:milestones:1:amount_input", "600000");
        browser.waitForText("application:milestoneSum", "1 000 000,00 kr av");
        browser.click("application:continue");
        browser.waitForUrl("application-check.xhtml");

        // Complete now, it is submitted from the check page and gets its case number.
        assertTrue(browser.page().contains("Søknaden er fullstendig og kan sendes inn."), browser.page());
        browser.click("check:submit");
        browser.confirm("Sende inn søknaden?");
        browser.waitForText("reference", "HT-");
        String reference = text("reference");
        assertTrue(reference.matches("HT-\\d{4}-\\d{4}"), reference);
        assertTrue(text("statusValue").contains("Sendt inn"));
        assertTrue(text("nextStep").contains("Søknaden venter på en saksbehandler"), text("nextStep"));
        step("kommune-03-soknad-sendt", null);

        // The partner reads it in Nynorsk, and can change nothing.
        browser.loginAs("kommune.voss");
        row("#myApplications", title).findElement(By.linkText(title)).click();
        assertEquals(reference, text("reference"));
        assertTrue(driver.findElements(By.id("acts:submit")).isEmpty() && driver.findElements(By.id("edit")).isEmpty()
                && driver.findElements(By.id("acts:withdraw")).isEmpty(), "no acts for a partner");
        assertTrue(text("nextStep").startsWith("Kva skjer no:"), text("nextStep"));
        browser.open("municipality/application-edit.xhtml?id=" + id);
        assertTrue(driver.getCurrentUrl().contains("/application.xhtml"), "the form sends a partner to the read-only page");
        browser.open("municipality/application-tasks.xhtml?id=" + id);
        assertTrue(driver.getCurrentUrl().contains("/application.xhtml"), "and so does the task list");

        // The case handler finds it in the queue, declares impartiality and takes it.
        browser.loginAs("saksbehandler1");
        step("saksbehandler-01-startside", null);
        browser.click("queue-SUBMITTED");
        row("#list\\:applications", title).findElement(By.partialLinkText(reference)).click();
        browser.waitForUrl("application.xhtml");
        assertTrue(text("nextStep").contains("En saksbehandler tar saken"), text("nextStep"));
        browser.click("assess");
        browser.waitForUrl("casework/assessment.xhtml");
        browser.click("takeForm:take");
        browser.waitForPageText("Du må erklære at du er habil");
        browser.click("takeForm:impartial");
        browser.click("takeForm:take");
        browser.waitForPageText("Du har tatt saken.");

        // Adjusts the benefit target, with a reason, scores every criterion and recommends the requested amount.
        browser.retype("targetsForm:targets:0:target_input", "1500");
        browser.click("targetsForm:adjustTargets");
        browser.waitForPageText("Begrunnelse for justeringen: Fyll ut feltet.");
        browser.type("targetsForm:adjustmentReason", "1 500 timer er realistisk de første årene.");
        browser.click("targetsForm:adjustTargets");
        browser.waitForPageText("Gevinstmålene er justert.");
        List<WebElement> scores = driver.findElements(By.cssSelector("select[id$=':score']"));
        assertTrue(scores.size() >= 2, "one score per criterion of the call");
        for (WebElement score : scores) {
            new Select(score).selectByVisibleText("4");
        }
        assertEquals("1000000,00", driver.findElement(By.id("recommendForm:amount_input")).getAttribute("value")
                .replaceAll("[\\s\u00a0]", ""), "the requested amount is proposed");
        browser.type("recommendForm:justification", "Godt forankret prosjekt med tydelige gevinster.");
        step("saksbehandler-02-vurdering", "recommendForm");
        browser.click("recommendForm:recommend");
        browser.waitForPageText("Innstillingen er sendt til godkjenning.");
        assertTrue(text("statusValue").contains("Innstilt"));
        assertEquals("4", text("weightedScore"), "all fours weigh four");
        step("saksbehandler-03-innstilt", null);

        // An approver decides; the decision asks first, since it binds the frame and cannot be undone.
        browser.loginAs("godkjenner1");
        step("godkjenner-01-startside", null);
        // The ranking, where an approver may decide many recommended applications in one go.
        browser.open("ranking.xhtml?call=" + demoCall(api));
        assertTrue(row("#batch\\:rows", reference).findElement(By.cssSelector("input[id$=':choose']")).isSelected(),
                "recommended by another, above the line: chosen for the approver");
        step("godkjenner-02b-rangering-vedtak", "batch");
        browser.open("approval/index.xhtml");
        browser.click("queue-RECOMMENDED");
        row("#list\\:applications", title).findElement(By.partialLinkText(reference)).click();
        browser.waitForUrl("application.xhtml");
        browser.open("casework/assessment.xhtml?id=" + id);
        browser.type("decideForm:comment", "Innvilget etter innstillingen.");
        step("godkjenner-02-vedtak", "decide-heading");
        browser.click("decideForm:approve");
        browser.confirm("Fatte vedtak etter innstillingen?");
        browser.waitForPageText("Tilsagnet er gitt");
        assertTrue(text("grantAmount").contains("1 000 000,00"));

        // The municipality is notified, reads the letter and accepts the grant.
        browser.loginAs("kommune.drammen");
        browser.click("notificationsLink");
        WebElement notification = browser.waiting().until(d -> d.findElements(
                By.cssSelector("#list\\:notifications a")).stream()
                .filter(a -> a.getText().contains("Søknaden " + reference + " er innvilget")).findFirst().orElse(null));
        step("kommune-04-varsler", null);
        notification.click();
        browser.waitForUrl("application.xhtml?id=" + id);
        assertTrue(text("nextStep").contains("svar på tilsagnet innen " + text("acceptanceDeadline")), text("nextStep"));
        Path letter = DOWNLOADS.resolve("tilsagnsbrev-" + reference + ".pdf");
        Files.deleteIfExists(letter);
        browser.click("grantActs:letter");
        browser.waiting().until(d -> Files.isRegularFile(letter));
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(letter))) {
            String letterText = new org.apache.pdfbox.text.PDFTextStripper().getText(document)
                    .replaceAll("[\\s\\u00a0]+", " ");
            assertTrue(letterText.contains(reference) && letterText.contains("1 000 000,00"), letterText);
        }
        step("kommune-05-tilsagn", "grant");
        browser.click("grantActs:accept");
        browser.waitForPageText("Dere har tatt imot tilsagnet.");
        assertTrue(text("statusValue").contains("Akseptert"));

        // It reports the first milestone in steps: what was delivered, the documentation, then a check before sending.
        browser.clickAndWaitForTheNextPage(driver.findElement(By.id("milestoneActs:m:0:report")));
        browser.waitForUrl("municipality/report.xhtml");
        assertTrue(driver.getTitle().startsWith("Rapporter milepæl 1: Anskaffelse – " + title), driver.getTitle());
        browser.click("report:next");
        browser.waitForPageText("Fullført dato: Fyll ut feltet.");
        browser.type("report:date_input", NORWEGIAN_DATE.format(day));
        browser.type("report:description", "Sensorene er levert og montert på alle avdelinger.");
        browser.click("report:next");
        browser.waitForText("steps", "Dokumentasjon");
        browser.waiting().until(d -> d.findElement(By.cssSelector("#steps li[aria-current=step]")).getText()
                .contains("Dokumentasjon"));
        browser.click("report:next");
        browser.waitForText("evidenceMissing", "Last opp dokumentasjon for milepælen før du sender rapporten.");
        assertTrue(driver.findElement(By.id("report:send")).getAttribute("disabled") != null, "no evidence: no send");
        browser.click("report:changeEvidence");
        Path evidence = Files.createTempFile(Path.of("target"), "leveranse", ".pdf");
        Files.copy(plan, evidence, StandardCopyOption.REPLACE_EXISTING);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("report:file")));
        driver.findElement(By.id("report:file")).sendKeys(evidence.toAbsolutePath().toString());
        browser.click("report:next");
        browser.waitForText("answer-evidence", evidence.getFileName().toString());
        assertEquals("Sensorene er levert og montert på alle avdelinger.", text("answer-description"));
        assertEquals(NORWEGIAN_DATE.format(day), text("answer-date"));
        step("kommune-06-milepael", null);
        browser.click("report:send");
        browser.confirm("Sende rapporten om milepælen?");
        browser.waitForPageText("Milepælen er rapportert.");

        // The case handler verifies it: 400 000 less 20 % withheld is paid.
        browser.loginAs("saksbehandler1");
        browser.open("application.xhtml?id=" + id);
        browser.click("milestoneActs:m:0:verify");
        browser.waitForPageText("Milepælen er godkjent");
        assertEquals("320 000,00", text("ledgerPaid"));
        assertEquals("80 000,00", text("ledgerWithheld"));
        step("saksbehandler-04-milepael-godkjent", "ledger-heading");

        // An approver approves the payment, makes a batch and exports it to the bank, confirming both.
        browser.loginAs("godkjenner1");
        browser.open("approval/payments.xhtml");
        WebElement proposed = row("#proposed\\:table", reference);
        step("godkjenner-03-utbetalinger", null);
        proposed.findElement(By.cssSelector("button[id$=':approve']")).click();
        browser.confirm("Godkjenne utbetalingen?");
        browser.waitForPageText("Utbetalingen er godkjent.");
        browser.click("gather:gather");
        browser.confirm("Lage en utbetalingsbunt");
        browser.waitForPageText("Utbetalingsbunten er laget.");
        WebElement batch = driver.findElements(By.cssSelector("#batches\\:table tbody tr")).get(0);
        String batchId = batch.findElement(By.tagName("th")).getText().trim();
        Path bankFile = DOWNLOADS.resolve("gevinst-utbetalinger-" + batchId + ".xml");
        Files.deleteIfExists(bankFile);
        step("godkjenner-04-bunt", "batches-heading");
        batch.findElement(By.linkText("Last ned (pain.001)")).click();
        browser.confirm("Eksportere bunten til banken?");
        browser.waiting().until(d -> Files.isRegularFile(bankFile) && bankFile.toFile().length() > 0);
        byte[] xml = Files.readAllBytes(bankFile);
        BankFiles.validatePain001(xml);
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains(reference + "-M1-P"));

        // The municipality reports operation 60 days ago with a first measurement.
        String operationDay = NORWEGIAN_DATE.format(day.minusDays(60));
        browser.loginAs("kommune.drammen");
        browser.open("application.xhtml?id=" + id);
        browser.clickAndWaitForTheNextPage(driver.findElement(By.id("reportOperation")));
        browser.waitForUrl("operation=true");
        browser.type("report:date_input", operationDay);
        browser.type("report:description", "Alle avdelinger bruker løsningen hver natt.");
        browser.type("report:t:0:value_input", "2400");
        step("kommune-07-drift", null);
        browser.click("report:next");
        browser.waitForText("file-hint", "valgfri");
        browser.click("report:next");
        browser.waitForText("answer-date", operationDay);
        browser.click("report:send");
        browser.confirm("Melde prosjektet i drift?");
        browser.waitForPageText("Prosjektet er meldt i drift.");

        // The case handler confirms operation: the withheld 80 000 is proposed for release.
        browser.loginAs("saksbehandler2");
        browser.open("application.xhtml?id=" + id);
        browser.click("operationActs:confirmOperation");
        browser.waitForPageText("Driften er bekreftet.");
        assertTrue(text("statusValue").contains("I drift"));
        assertTrue(text("benefits").contains("40 %"), "baseline 3000, target 1500, measured 2400: " + text("benefits"));
        step("saksbehandler-05-drift-bekreftet", "benefits");

        // A second measurement: 1 800 hours is 80 % of the way.
        browser.loginAs("kommune.drammen");
        browser.open("application.xhtml?id=" + id);
        browser.type("measureForm:t:0:on_input", NORWEGIAN_DATE.format(day));
        browser.type("measureForm:t:0:value_input", "1800");
        browser.click("measureForm:t:0:measure");
        browser.waitForPageText("Målingen er registrert.");
        assertTrue(text("benefits").contains("80 %"), text("benefits"));
        assertEquals(List.of(operationDay + "=2400", NORWEGIAN_DATE.format(day) + "=1800"), chartedMeasurements(0),
                "what the chart draws");
        assertTrue(text("nextStep").contains("Rapporter gevinstmålinger minst én gang i året"), text("nextStep"));
        step("kommune-08-gevinstmaling", "benefits");

        // An approver approves the release.
        browser.loginAs("godkjenner2");
        browser.open("approval/payments.xhtml");
        WebElement release = row("#proposed\\:table", "Tilbakeholdt beløp");
        assertTrue(row("#proposed\\:table", reference).getText().replace('\u00a0', ' ').contains("80 000,00"));
        release.findElement(By.cssSelector("button[id$=':approve']")).click();
        browser.confirm("Godkjenne utbetalingen?");
        browser.waitForPageText("Utbetalingen er godkjent.");
        JsonObject ledger = Api.json(api.get("api/v1/applications/" + id, "ledelse")).getJsonObject("grant");
        assertEquals(0, new java.math.BigDecimal("400000.00").compareTo(new java.math.BigDecimal(ledger.getString("paid"))),
                "320 000 paid and 80 000 released: " + ledger);

        // Management: the overview, every report downloaded, and the benefits portfolio.
        browser.loginAs("ledelse");
        step("ledelse-01-oversikt", null);
        browser.open("reports.xhtml");
        step("ledelse-02-rapporter", null);
        List<String> reports = List.of("portfolio", "budget", "payments", "benefits", "counties");
        for (int i = 0; i < reports.size(); i++) {
            try (var workbook = downloadReport(i, reports.get(i))) {
                assertTrue(workbook.getSheet("Om rapporten") != null, reports.get(i));
                if (reports.get(i).equals("portfolio")) {
                    assertTrue(Workbooks.dataRows(workbook.getSheetAt(0)).stream()
                            .anyMatch(r -> reference.equals(r.getCell(0).getStringCellValue())),
                            "the journey's grant is in the portfolio report");
                }
            }
        }
        browser.open("portfolio.xhtml");
        step("ledelse-03-gevinster", null);

        // The administrator: calls with their rules, and users.
        browser.loginAs("admin");
        step("administrator-01-startside", null);
        browser.open("admin/call.xhtml?id=" + demoCall(api));
        step("administrator-02-utlysning", null);
        browser.open("admin/users.xhtml");
        step("administrator-03-brukere", null);

        assertTheGuideShowsExactlyTheseSteps();
    }

    /** The measurements the benefit chart of target {@code index} draws, as "dd.MM.yyyy=value", read from Chart.js. */
    @SuppressWarnings("unchecked")
    private List<String> chartedMeasurements(int index) {
        WebElement canvas = driver.findElement(By.id("charts:" + index + ":chart_canvas"));
        return (List<String>) browser.waiting().until(d -> ((JavascriptExecutor) d).executeScript("""
                var chart = Chart.getChart(arguments[0]);
                return chart && chart.data.datasets[0].data.map(function (p) {
                    var d = new Date(p.x * 86400000);
                    return ('0' + d.getUTCDate()).slice(-2) + '.' + ('0' + (d.getUTCMonth() + 1)).slice(-2) + '.'
                        + d.getUTCFullYear() + '=' + p.y;
                });""", canvas));
    }

    /** Clicks row {@code index}'s download button on the reports page and reads the file the browser saved. */
    private org.apache.poi.xssf.usermodel.XSSFWorkbook downloadReport(int index, String name) throws IOException {
        Path file = DOWNLOADS.resolve(no.gevinst.reports.boundary.ReportsResource.fileName(name,
                LocalDate.now(ZoneId.of("Europe/Oslo"))));
        Files.deleteIfExists(file);
        browser.click("reports:catalogue:" + index + ":download");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.isRegularFile(file)
                && !Files.exists(Path.of(file + ".crdownload")));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("building")));
        return Workbooks.open(Files.readAllBytes(file));
    }

    /** The demo's open call, which the journey's application is made to. */
    private static long demoCall(Api api) {
        return Api.json(api.get("api/v1/calls?size=500", "admin")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("title").startsWith("Tilskudd til helseteknologi i kommunene"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * The guide's pictures are exactly the journey's. With {@code -Dgevinst.userGuide.update=true} (lag-bilder.sh)
     * the new pictures replace the guide's; otherwise every picture must already be in the guide's folder.
     */
    private void assertTheGuideShowsExactlyTheseSteps() throws IOException {
        Set<String> shown = new TreeSet<>();
        try (Stream<Path> pages = Files.list(GUIDE)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher reference = PICTURE_REFERENCE.matcher(Files.readString(page));
                while (reference.find()) {
                    shown.add(reference.group(1));
                }
            }
        }
        assertEquals(taken, shown, "the pictures the guide shows are the journey's steps");
        Path pictures = GUIDE.resolve("bilder");
        if (Boolean.getBoolean("gevinst.userGuide.update")) {
            Files.createDirectories(pictures);
            for (String name : taken) {
                Files.copy(PICTURES.resolve(name + ".png"), pictures.resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String name : taken) {
            assertTrue(Files.isRegularFile(pictures.resolve(name + ".png")),
                    "the guide's picture " + name + ".png is committed (docs/user-guide/lag-bilder.sh makes it)");
        }
        try (Stream<Path> files = Files.list(pictures)) {
            List<String> stale = files.map(p -> p.getFileName().toString().replace(".png", ""))
                    .filter(name -> !taken.contains(name)).toList();
            assertTrue(stale.isEmpty(), "pictures in the guide's folder that no step takes: " + stale);
        }
    }
}
