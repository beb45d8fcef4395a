package no.gevinst.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import no.gevinst.support.Workbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Excel reports from the catalogue, downloaded over the API from a real Payara Micro and read back with POI and
 * with LibreOffice: their figures are the budget's, their rows the applications the filter selects, and text that
 * looks like a formula stays text.
 */
public abstract class ReportsIT {

    private static final int YEAR = 2070;
    private static final String INJECTED = "=HYPERLINK(\"http://x\")";
    private static final List<String> REPORTS = List.of("portfolio", "budget", "payments", "benefits", "counties");

    final URL base = DeployedApplication.reported();

    private static boolean prepared;

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    /**
     * Budget year 2070: a grant to a municipality whose name is a formula, one recommendation still undecided, and
     * Drammen's accepted grant with a verified milestone, so that there is a payment with money withheld.
     */
    private void prepare() {
        if (prepared) {
            return;
        }
        Scenario scenario = new Scenario(api());
        long call = scenario.call(YEAR, "3000000.00");
        var renamed = api().send("POST", "api/v1/test-support/municipality-name?number=1871&name="
                + URLEncoder.encode(INJECTED, StandardCharsets.UTF_8), "admin", null);
        assertEquals(204, renamed.statusCode(), renamed.body());
        var recommended = api().send("POST", "api/v1/test-support/recommended?callId=" + call
                + "&count=2&amount=150000.00&recommender=saksbehandler1&municipality=1871", "admin", null);
        assertEquals(200, recommended.statusCode(), recommended.body());
        long granted = Long.parseLong(recommended.body().split(",")[0]);
        var decided = api().send("POST", "api/v1/applications/" + granted + "/decide", "godkjenner2",
                "{\"approve\": true}");
        assertEquals(200, decided.statusCode(), decided.body());
        long accepted = scenario.accepted(call, "100000.00", "50000.00");
        scenario.reportAndVerify(accepted, 0, "saksbehandler1");
        prepared = true;
    }

    /** Andøy gets its name back, for the test classes after this one on the same database (RegisterIT compares it). */
    @AfterAll
    static void theFormulaNamedMunicipalityGetsItsNameBack() {
        if (prepared) {
            var restored = new Api(Deployments.onLoopback(DeployedApplication.reported())).send("POST",
                    "api/v1/test-support/municipality-name?number=1871&name="
                            + URLEncoder.encode("Andøy", StandardCharsets.UTF_8), "admin", null);
            assertEquals(204, restored.statusCode(), restored.body());
        }
    }

    private XSSFWorkbook report(String name, String query, String language) {
        var response = api().download("api/v1/reports/" + name + query, "ledelse", language);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(ReportsResource.XLSX, response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("gevinst-" + name + "-"));
        return Workbooks.open(response.body());
    }

    @Test
    void everyReportHasItsHeaderFrozenAnAutofilterAndAnAboutSheetWithTheFilters() throws Exception {
        prepare();
        for (String name : REPORTS) {
            try (XSSFWorkbook workbook = report(name, "?budgetYear=" + YEAR, "nb")) {
                XSSFSheet data = workbook.getSheetAt(0);
                assertNotNull(data.getPaneInformation(), name + ": header frozen");
                assertTrue(data.getPaneInformation().isFreezePane() && data.getPaneInformation().getHorizontalSplitPosition() == 1,
                        name + ": the first row is frozen");
                assertTrue(Workbooks.hasAutoFilter(data), name + ": autofilter");
                assertTrue(data.getRow(0).getCell(0).getCellStyle().getFont() != null
                        && workbook.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(),
                        name + ": the header is bold");
                XSSFSheet about = workbook.getSheet("Om rapporten");
                assertNotNull(about, name + ": an About sheet");
                String text = sheetText(about);
                assertTrue(text.contains("Laget av\tledelse"), text);
                assertTrue(text.contains("Budsjettår\t" + YEAR) && text.contains("Fylke\tAlle"), text);
                assertTrue(text.contains("Tilbakeholdt, utestående\t"), "the figures are defined: " + text);
            }
        }
    }

    @Test
    void theBudgetReportsTotalsAreTheBudgetsFiguresAlsoWhenLibreOfficeRecalculatesThem() throws Exception {
        prepare();
        JsonObject budget = Api.json(api().get("api/v1/budget/" + YEAR, "ledelse"));
        assertTrue(new BigDecimal(budget.getString("paid")).signum() > 0, "a payment was made: " + budget);
        Map<String, String> figures = Map.of("Ramme (kr)", "frame", "Bundet (kr)", "committed",
                "Utbetalt (kr)", "paid", "Tilbakeholdt utestående (kr)", "withheldOutstanding",
                "Frigitt (kr)", "released", "Tapt (kr)", "forfeited", "Disponibelt (kr)", "available");
        var response = api().download("api/v1/reports/budget?budgetYear=" + YEAR, "ledelse", "nb");
        assertEquals(200, response.statusCode());
        List<List<String>> calc = Workbooks.libreOfficeCsv(response.body(), Path.of("target", "libreoffice",
                "budget-" + System.nanoTime()));
        List<String> headers = calc.get(0);
        List<String> totals = calc.getLast();
        assertEquals("Sum", totals.get(0));
        try (XSSFWorkbook workbook = Workbooks.open(response.body())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(1, Workbooks.dataRows(sheet).size(), "one call in " + YEAR);
            for (var figure : figures.entrySet()) {
                BigDecimal expected = new BigDecimal(budget.getString(figure.getValue()));
                int column = Workbooks.column(sheet, figure.getKey());
                assertEquals(expected, Workbooks.total(workbook, sheet, column), figure.getKey() + " by POI");
                assertEquals(0, expected.compareTo(new BigDecimal(totals.get(headers.indexOf(figure.getKey())))),
                        figure.getKey() + " by LibreOffice: " + totals);
            }
        }
    }

    @Test
    void thePortfolioHasOneRowPerApplicationTheFilterSelectsAndAFormulaNameStaysText() throws Exception {
        prepare();
        for (String filter : List.of("?budgetYear=" + YEAR, "?budgetYear=" + YEAR + "&status=GRANTED",
                "?budgetYear=" + YEAR + "&status=RECOMMENDED&county=18")) {
            int expected = Api.json(api().get("api/v1/applications?size=1" + filter.replace('?', '&'), "ledelse"))
                    .getInt("total");
            try (XSSFWorkbook workbook = report("portfolio", filter, "nb")) {
                assertEquals(expected, Workbooks.dataRows(workbook.getSheetAt(0)).size(), filter);
            }
        }
        try (XSSFWorkbook workbook = report("portfolio", "?budgetYear=" + YEAR, "nb")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int municipality = Workbooks.column(sheet, "Kommune");
            Row injected = Workbooks.dataRows(sheet).stream()
                    .filter(r -> r.getCell(municipality).getStringCellValue().startsWith("=")).findFirst().orElseThrow();
            var cell = injected.getCell(municipality);
            assertEquals(CellType.STRING, cell.getCellType(), "text, not a formula");
            assertEquals(INJECTED, cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed(), "marked as text, so editing it keeps it text");
        }
        var response = api().download("api/v1/reports/portfolio?budgetYear=" + YEAR, "ledelse", "nb");
        List<List<String>> calc = Workbooks.libreOfficeCsv(response.body(), Path.of("target", "libreoffice",
                "portfolio-" + System.nanoTime()));
        assertTrue(calc.stream().anyMatch(row -> row.contains(INJECTED)), "LibreOffice shows the name as written");
    }

    /** LibreOffice opens every report, and its own sums of the totals rows are POI's. */
    @Test
    void everyReportOpensInLibreOfficeWhichRecalculatesTheSameTotals() throws Exception {
        prepare();
        for (String name : REPORTS) {
            var response = api().download("api/v1/reports/" + name + "?budgetYear=" + YEAR, "ledelse", "en");
            assertEquals(200, response.statusCode(), name);
            List<List<String>> calc = Workbooks.libreOfficeCsv(response.body(), Path.of("target", "libreoffice",
                    name + "-" + System.nanoTime()));
            assertTrue(calc.size() >= 2 && !calc.get(0).get(0).isBlank(), name + ": " + calc);
            try (XSSFWorkbook workbook = Workbooks.open(response.body())) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                Row last = sheet.getRow(sheet.getLastRowNum());
                List<String> totals = calc.getLast();
                for (var cell : last) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        int column = cell.getColumnIndex();
                        assertEquals(0, Workbooks.total(workbook, sheet, column).compareTo(
                                new BigDecimal(totals.get(column))), name + ", column " + column + ": " + totals);
                    }
                }
            }
        }
    }

    @Test
    void reportsAreInTheUsersLanguage() throws Exception {
        prepare();
        try (XSSFWorkbook english = report("portfolio", "", "en"); XSSFWorkbook nynorsk = report("portfolio", "", "nn")) {
            assertEquals("Reference", english.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertNotNull(english.getSheet("About"));
            assertEquals("Søkt om (kr)", nynorsk.getSheetAt(0).getRow(0).getCell(
                    Workbooks.column(nynorsk.getSheetAt(0), "Søkt om (kr)")).getStringCellValue());
        }
    }

    @Test
    void onlyManagementAndApproversGetReportsAndBadFiltersAreRefused() {
        assertEquals(200, api().download("api/v1/reports/budget", "godkjenner1").statusCode());
        assertEquals(403, api().download("api/v1/reports/budget", "kommune.drammen").statusCode());
        assertEquals(403, api().download("api/v1/reports/budget", "saksbehandler1").statusCode());
        assertEquals(404, api().download("api/v1/reports/secrets", "ledelse").statusCode());
        var unknown = api().get("api/v1/reports/portfolio?status=PAID&budgetYear=abc", "ledelse");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("status") && unknown.body().contains("budgetYear"), unknown.body());
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(cell.toString()).append('\t'));
            text.setLength(Math.max(0, text.length() - 1));
            text.append('\n');
        }
        return text.toString();
    }
}
