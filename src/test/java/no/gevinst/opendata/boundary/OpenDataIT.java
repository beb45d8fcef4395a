package no.gevinst.opendata.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The open data of the grants, read without login as anyone would: a 360Giving data package valid against the
 * standard's schema, whose sums are the budget's, that names no person and holds nothing undecided or not taken up;
 * the same as CSV; and answers a harvester's conditional requests with 304.
 */
public abstract class OpenDataIT {

    /** A budget year no other test uses, so that its figures are this test's alone. */
    private static final int YEAR = 2094;
    private static final String CONTACT = "Kari Kontaktperson";
    private static final String EMAIL = "kari.kontakt@drammen.example";
    private static final String PHONE = "+47 912 34 567";

    @org.junit.jupiter.api.extension.RegisterExtension
    static final no.gevinst.support.SharedBrowser BROWSER = new no.gevinst.support.SharedBrowser(
            java.nio.file.Path.of("target", "downloads"), java.nio.file.Path.of("target", "screenshots"));

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    @Test
    void thePublishedGrantsAreA360GivingPackageWithTheBudgetsSumsAndNoPerson() throws Exception {
        Api api = api();
        Scenario scenario = new Scenario(api);
        long call = scenario.call(YEAR, "10000000.00");

        long paid = decidedAndAccepted(api, call, "Trygghet hjemme med " + CONTACT + " (" + EMAIL + ")");
        JsonObject payment = scenario.reportAndVerify(paid, 0, "saksbehandler1");
        long paymentId = payment.getJsonNumber("id").longValue();
        assertEquals(200, api.send("POST", "api/v1/payments/" + paymentId + "/approve", "godkjenner1", null)
                .statusCode());
        var batch = api.send("POST", "api/v1/payment-batches", "godkjenner2", null);
        assertEquals(201, batch.statusCode(), batch.body());
        assertEquals(200, api.download("api/v1/payment-batches/" + Api.json(batch).getJsonNumber("id") + "/pain001",
                "godkjenner1").statusCode(), "the bank file is fetched: the payment is sent");
        long unpaid = scenario.accepted(call, "40000.00");
        long undecided = scenario.submitted(call, "25000.00");
        long declined = scenario.granted(call, "15000.00");
        assertEquals(200, api.send("POST", "api/v1/applications/" + declined + "/decline", "kommune.drammen", null)
                .statusCode());

        HttpResponse<String> open = api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants?year=" + YEAR)));
        assertEquals(200, open.statusCode(), "without login: " + open.body());
        assertTrue(open.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                open.headers().map().toString());
        assertEquals(List.of(), validate(open.body()), "valid 360Giving 1.4");

        JsonObject pack = Api.json(open);
        Map<String, JsonObject> grants = pack.getJsonArray("grants").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(g -> g.getString("id"), g -> g));
        assertTrue(grants.containsKey(id(api, paid)) && grants.containsKey(id(api, unpaid)), grants.keySet().toString());
        assertFalse(grants.containsKey(id(api, undecided)), "never an application not decided");
        assertFalse(grants.containsKey(id(api, declined)), "never a grant declined");
        JsonObject published = grants.get(id(api, paid));
        assertEquals("NO-BRC-921234554", published.getJsonArray("recipientOrganization").getJsonObject(0)
                .getString("id"), "Drammen by its organisation number");
        assertEquals(payment.getString("net"), published.getJsonArray("disbursementTransaction").getJsonObject(0)
                .getJsonNumber("value").bigDecimalValue().setScale(2).toPlainString(), "the payment sent, net");
        assertEquals(1, published.getJsonArray("disbursementTransaction").size(), "one payment sent");
        assertEquals(0, grants.get(id(api, unpaid)).getJsonArray("disbursementTransaction").size());

        JsonObject budget = Api.json(api.get("api/v1/budget/" + YEAR, "ledelse"));
        assertEquals(new BigDecimal(budget.getString("committed")), sum(grants, "amountAwarded"),
                "awarded: the year's committed money");
        assertEquals(new BigDecimal(budget.getString("paid")), sum(grants, "amountDisbursed"),
                "disbursed: the year's paid money (every payment of the year is sent)");

        for (String personal : List.of(CONTACT, EMAIL, PHONE, "912 34 567", "saksbehandler1", "godkjenner")) {
            assertFalse(open.body().contains(personal), "no person in the open data: " + personal);
        }
        assertTrue(published.getString("title").startsWith("Trygghet hjemme med"), published.getString("title"));

        String etag = open.headers().firstValue("ETag").orElseThrow();
        String modified = open.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants?year=" + YEAR)),
                "If-None-Match", etag).statusCode(), "unchanged since the harvester's copy");
        assertEquals(304, api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants?year=" + YEAR)),
                "If-Modified-Since", modified).statusCode());
        HttpResponse<String> otherVersion = api.getAbsolute(api.serverRoot().resolve(
                path("api/v1/open/grants?year=" + YEAR)), "If-Match", "\"0\"");
        assertEquals(412, otherVersion.statusCode(), "a copy of another version is not this one");
        assertTrue(otherVersion.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && otherVersion.body().contains("urn:gevinst:problem:problem.staleVersion"), otherVersion.body());

        HttpResponse<String> table = api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants?year=" + YEAR)),
                "Accept", "text/csv");
        assertEquals(200, table.statusCode(), table.body());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(table.body())).getRecords();
        assertEquals(grants.size(), rows.size(), "a row per grant");
        assertEquals(grants.keySet(), rows.stream().map(row -> row.get("Identifier")).collect(Collectors.toSet()));
        for (String personal : List.of(CONTACT, EMAIL, PHONE)) {
            assertFalse(table.body().contains(personal), "no person in the CSV either: " + personal);
        }
        assertEquals(200, api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants.csv?year=" + YEAR)))
                .statusCode());

        HttpResponse<String> page = api.getAbsolute(api.serverRoot().resolve(path("grants.xhtml?year=" + YEAR
                + "&county=33&category=WELFARE_TECHNOLOGY")), "Accept-Language", "en");
        assertEquals(200, page.statusCode(), "the public page, without login");
        assertTrue(page.body().contains(published.getString("title")), "lists the grant");
        assertTrue(page.body().contains(grants.size() + " grants"), "and every grant of the year in Buskerud");
        assertFalse(page.body().contains(CONTACT) || page.body().contains(EMAIL), "and no person");
        assertTrue(page.body().replace("\u00a0", " ").replace("&nbsp;", " ").replace("&#160;", " ")
                .contains("140 000,00"), "the sum awarded, as the budget's committed: " + page.body());
        HttpResponse<String> elsewhere = api.getAbsolute(api.serverRoot().resolve(path("grants.xhtml?year=" + YEAR
                + "&county=46")), "Accept-Language", "en");
        assertTrue(elsewhere.body().contains("No grant is published for this selection"), "none in Vestland");

        theMapsColoursFollowItsTable();
        theDashboardsMapShowsThisYearsGrants(scenario);

        assertEquals(400, api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants?year=next"))).statusCode());
        assertEquals(404, api.getAbsolute(api.serverRoot().resolve(path("api/v1/open/grants?year=1999"))).statusCode(),
                "no grant that year");
    }

    /**
     * In a browser without login: the public page's map colours each municipality as the table beside it says (the
     * same class, the same colour), those without a grant grey, with Kartverket's credit; and the page passes axe.
     */
    private void theMapsColoursFollowItsTable() throws IOException {
        var pages = BROWSER.on(Deployments.onLoopback(base));
        pages.forgetEverything();
        for (String measure : List.of("perInhabitant", "count")) {
            pages.open("grants.xhtml?measure=" + measure);
            var driver = pages.driver();
            pages.screenshotOf("open-grants-map-" + measure, "grantsMap");
            var rows = driver.findElements(org.openqa.selenium.By.cssSelector("#grantsMap-table tbody tr"));
            assertFalse(rows.isEmpty(), "the table beside the map");
            for (var row : rows) {
                String number = row.getAttribute("data-number");
                var outline = driver.findElement(org.openqa.selenium.By.cssSelector("path[data-number='" + number + "']"));
                assertEquals(row.getAttribute("data-shade"), outline.getAttribute("data-shade"), measure + ": " + number);
                String swatch = row.findElement(org.openqa.selenium.By.cssSelector(".swatch")).getCssValue("background-color");
                String legend = driver.findElement(org.openqa.selenium.By.cssSelector("#grantsMap-legend li[data-shade='"
                        + row.getAttribute("data-shade") + "'] .swatch")).getCssValue("background-color");
                assertEquals(legend, swatch, "the row's colour is its class's in the legend");
                assertEquals(normalised(outline.getAttribute("fill")), normalised(swatch), "and the map's: " + number);
            }
            String darkest = rows.getFirst().getAttribute("data-shade");
            assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.getAttribute("data-shade"))
                    <= Integer.parseInt(darkest)), "the largest figure has the darkest class");
            assertEquals("-1", driver.findElement(org.openqa.selenium.By.cssSelector("path[data-number='5501']"))
                    .getAttribute("data-shade"), "Tromsø has no grant here: grey");
            assertTrue(pages.page().contains("© Kartverket"), "the credit");
            new no.gevinst.support.Axe().assertNoSeriousViolation(driver);
        }
    }

    /**
     * Management's dashboard maps this budget year's grants by the same rule: with a grant of this year, the map is
     * drawn, its rows and outlines agree, and the page passes axe.
     */
    private void theDashboardsMapShowsThisYearsGrants(Scenario scenario) throws IOException {
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
        scenario.granted(scenario.call(thisYear, "5000000.00"), "30000.00");
        var pages = BROWSER.on(Deployments.onLoopback(base));
        pages.loginAs("ledelse");
        pages.open("management/index.xhtml");
        var driver = pages.driver();
        var rows = driver.findElements(org.openqa.selenium.By.cssSelector("#dashboardMap-table tbody tr"));
        assertFalse(rows.isEmpty(), "the dashboard's map and table: " + pages.page());
        for (var row : rows) {
            String number = row.getAttribute("data-number");
            var outline = driver.findElement(org.openqa.selenium.By.cssSelector("#dashboardMap path[data-number='"
                    + number + "']"));
            assertEquals(row.getAttribute("data-shade"), outline.getAttribute("data-shade"), number);
            assertEquals(normalised(outline.getAttribute("fill")), normalised(row.findElement(
                    org.openqa.selenium.By.cssSelector(".swatch")).getCssValue("background-color")), number);
        }
        new no.gevinst.support.Axe().assertNoSeriousViolation(driver);
    }

    /** A colour as #rrggbb, from the attribute or from the browser's rgb(r, g, b). */
    private static String normalised(String colour) {
        var rgb = java.util.regex.Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(colour);
        return rgb.find() ? String.format("#%02x%02x%02x", Integer.parseInt(rgb.group(1)),
                Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3))) : colour.toLowerCase();
    }

    /** The application's published id. */
    private static String id(Api api, long application) {
        return "360G-gevinst-" + Api.json(api.get("api/v1/applications/" + application, "ledelse"))
                .getString("reference");
    }

    private String path(String relative) {
        return Deployments.onLoopback(base).getPath() + relative;
    }

    private static BigDecimal sum(Map<String, JsonObject> grants, String field) {
        return grants.values().stream().map(g -> g.getJsonNumber(field).bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /**
     * Drammen's application with the contact person's name, email and telephone number in every free text, granted
     * in full and accepted.
     */
    private static long decidedAndAccepted(Api api, long call, String title) {
        String person = CONTACT + ", " + EMAIL + ", " + PHONE;
        String json = """
                {"callId": %d, "title": "%s", "category": "WELFARE_TECHNOLOGY", "summary": "Ring %s",
                 "serviceChange": "Spør %s", "partnerMunicipalities": ["3303"], "contactName": "%s",
                 "contactEmail": "%s", "contactPhone": "%s", "bankAccount": "86011117947",
                 "eligibleCost": "200000.00", "ownContribution": "100000.00", "requestedAmount": "100000.00",
                 "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-09-01",
                 "milestones": [{"title": "Innkjøp ved %s", "dueDate": "2027-03-01", "amount": "60000.00"},
                                {"title": "Drift", "dueDate": "2027-06-01", "amount": "40000.00"}],
                 "benefitTargets": [{"indicator": "Fall hos %s", "kind": "QUALITY", "unit": "fall per år (%s)",
                   "baseline": 40, "baselineDate": "2025-01-15", "target": 20, "targetDate": "2028-01-01",
                   "owner": "%s"}]}
                """.formatted(call, title, person, person, CONTACT, EMAIL, PHONE, person, person, EMAIL, person);
        var created = api.send("POST", "api/v1/applications", "kommune.drammen", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        String path = "api/v1/applications/" + id;
        assertEquals(200, api.send("POST", path + "/submit", "kommune.drammen", null).statusCode());
        assertEquals(200, api.send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}").statusCode());
        String scores = Api.json(api.get("api/v1/calls/" + call, "saksbehandler1")).getJsonArray("criteria")
                .getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"criterion\": " + c.getJsonNumber("id") + ", \"score\": 5}")
                .collect(Collectors.joining(", "));
        var recommended = api.send("POST", path + "/recommend", "saksbehandler1", """
                {"outcome": "GRANT", "amount": "100000.00", "milestones": [
                  {"title": "Innkjøp", "dueDate": "2027-03-01", "amount": "60000.00"},
                  {"title": "Drift", "dueDate": "2027-06-01", "amount": "40000.00"}],
                 "scores": [%s], "justification": "God"}""".formatted(scores));
        assertEquals(200, recommended.statusCode(), recommended.body());
        assertEquals(200, api.send("POST", path + "/decide", "godkjenner2", "{\"approve\": true}").statusCode());
        assertEquals(200, api.send("POST", path + "/accept", "kommune.drammen", null).statusCode());
        return id;
    }

    /** What the 360Giving package schema (1.4, with the grant schema it refers to) finds wrong with {@code json}. */
    private static List<String> validate(String json) throws IOException {
        String grant = resource("360-giving-schema.json");
        String pack = resource("360-giving-package-schema.json");
        String standard = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(), builder -> builder
                .schemas(Map.of(standard + "1.4.3/schema/360-giving-package-schema.json", pack,
                        standard + "1.4.2/schema/360-giving-schema.json", grant,
                        standard + "1.4.3/schema/360-giving-schema.json", grant))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(SchemaLocation.of(standard + "1.4.3/schema/360-giving-package-schema.json"))
                .validate(new tools.jackson.databind.ObjectMapper().readTree(json)).stream().map(Object::toString)
                .toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenDataIT.class.getResourceAsStream("/opendata/360giving/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
