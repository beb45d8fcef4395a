package no.gevinst.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.reports.entity.ReportDefinition;
import no.gevinst.reports.entity.ReportFilter;
import no.gevinst.support.Workbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report engine over a generated database of the real schema: the figures are those summed as it was made. */
class ReportEngineTest {

    private static final ReportCatalogue CATALOGUE = ReportCatalogue.load(ReportEngineTest.class.getClassLoader());
    private static ReportData data;

    /** Municipality names a spreadsheet would take for formulas if they were written carelessly. */
    private static final List<String> INJECTED = List.of("=HYPERLINK(\"http://x\")", "+SUM(1;2)", "-2+3",
            "@Trondheim", "\tcmd");

    @BeforeAll
    static void generate() throws Exception {
        data = ReportData.migrated("engine").generate(900, 3, 42);
        List<String> leads = new java.util.ArrayList<>();
        try (Connection connection = data.connection(); var rs = connection.createStatement().executeQuery(
                "select distinct municipality_number from application order by municipality_number")) {
            while (rs.next() && leads.size() < INJECTED.size()) {
                leads.add(rs.getString(1));
            }
        }
        for (int i = 0; i < INJECTED.size(); i++) {
            data.rename(leads.get(i), INJECTED.get(i));
        }
    }

    private static XSSFWorkbook report(String name, ReportFilter filter, Locale locale) throws Exception {
        ReportDefinition definition = CATALOGUE.find(name).orElseThrow();
        var out = new ByteArrayOutputStream();
        try (Connection connection = data.connection()) {
            ReportEngine.write(definition, connection, new ReportEngine.Request(filter, locale, "ledelse",
                    Instant.parse("2031-06-01T08:30:00Z"), ReportData.TODAY), out);
        }
        return Workbooks.open(out.toByteArray());
    }

    @Test
    void theCatalogueHasTheFiveReportsEachInThreeLanguages() {
        assertEquals(List.of("portfolio", "budget", "payments", "benefits", "counties"),
                CATALOGUE.all().stream().map(ReportDefinition::name).toList());
        for (ReportDefinition report : CATALOGUE.all()) {
            for (Locale locale : List.of(Languages.BOKMAAL, Languages.NYNORSK, Languages.ENGLISH)) {
                report.sheets().forEach(sheet -> sheet.columns().forEach(column ->
                        assertTrue(!column.header().in(locale).isBlank(), report.name() + "/" + column.field())));
            }
        }
    }

    @Test
    void theBudgetReportHasEachYearsFiguresAndTotalsAsFormulas() throws Exception {
        try (XSSFWorkbook workbook = report("budget", ReportFilter.ALL, Languages.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<Row> rows = Workbooks.dataRows(sheet);
            assertEquals(3, rows.size(), "one call per year");
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal withheld = BigDecimal.ZERO;
            for (Row row : rows) {
                ReportData.Year year = data.years.get((int) row.getCell(0).getNumericCellValue());
                assertEquals(year.frame, money(row, Workbooks.column(sheet, "Frame (NOK)")));
                assertEquals(year.committed, money(row, Workbooks.column(sheet, "Committed (NOK)")));
                assertEquals(year.paid, money(row, Workbooks.column(sheet, "Paid (NOK)")));
                assertEquals(year.withheldOutstanding(), money(row, Workbooks.column(sheet, "Withheld outstanding (NOK)")));
                assertEquals(year.released, money(row, Workbooks.column(sheet, "Released (NOK)")));
                assertEquals(year.forfeited, money(row, Workbooks.column(sheet, "Forfeited (NOK)")));
                assertEquals(year.frame.subtract(year.committed), money(row, Workbooks.column(sheet, "Available (NOK)")));
                paid = paid.add(year.paid);
                withheld = withheld.add(year.withheldOutstanding());
            }
            assertEquals(paid, Workbooks.total(workbook, sheet, Workbooks.column(sheet, "Paid (NOK)")));
            assertEquals(withheld, Workbooks.total(workbook, sheet,
                    Workbooks.column(sheet, "Withheld outstanding (NOK)")));
            assertEquals("#,##0.00", rows.get(0).getCell(2).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void thePortfolioHasOneRowPerApplicationTheFiltersSelect() throws Exception {
        int year = ReportData.FIRST_YEAR + 1;
        try (XSSFWorkbook all = report("portfolio", ReportFilter.ALL, Languages.BOKMAAL);
                XSSFWorkbook oneYear = report("portfolio", new ReportFilter(year, null, null, null, null),
                        Languages.BOKMAAL);
                XSSFWorkbook operational = report("portfolio", new ReportFilter(null, null, null, null,
                        ApplicationStatus.OPERATIONAL), Languages.BOKMAAL)) {
            assertEquals(900, Workbooks.dataRows(all.getSheetAt(0)).size());
            assertEquals(data.years.get(year).applications, Workbooks.dataRows(oneYear.getSheetAt(0)).size());
            assertEquals(data.byStatus.get("OPERATIONAL"), Workbooks.dataRows(operational.getSheetAt(0)).size());
            XSSFSheet sheet = operational.getSheetAt(0);
            Row first = Workbooks.dataRows(sheet).get(0);
            var since = first.getCell(Workbooks.column(sheet, "I drift fra"));
            assertEquals(CellType.NUMERIC, since.getCellType(), "a real date");
            assertEquals("dd.mm.yyyy", since.getCellStyle().getDataFormatString());
            assertEquals("I drift", first.getCell(Workbooks.column(sheet, "Status")).getStringCellValue());
            assertTrue(first.getCell(Workbooks.column(sheet, "Gevinstrealisering (%)")).getNumericCellValue() >= 0);
            String about = sheetText(operational.getSheet("Om rapporten"));
            assertTrue(about.contains("Søknadsstatus\tI drift") && about.contains("Budsjettår\tAlle"), about);
            assertTrue(about.contains("Laget\t01.06.2031 10:30"), "Norwegian time: " + about);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+SUM(1;2)", "-2+3", "@Trondheim", "\tcmd"})
    void textThatLooksLikeAFormulaIsWrittenAsTextMarkedAsSuch(String name) throws Exception {
        try (XSSFWorkbook workbook = report("portfolio", ReportFilter.ALL, Languages.BOKMAAL)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int column = Workbooks.column(sheet, "Kommune");
            var cells = Workbooks.dataRows(sheet).stream().map(r -> r.getCell(column))
                    .filter(c -> c.getStringCellValue().equals(name)).toList();
            assertTrue(!cells.isEmpty(), "the generator gave " + name + " an application");
            cells.forEach(cell -> {
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), name);
            });
        }
    }

    @Test
    void paymentsBenefitsAndCountiesAddUpToWhatWasGenerated() throws Exception {
        BigDecimal paid = data.years.values().stream().map(y -> y.paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (XSSFWorkbook payments = report("payments", ReportFilter.ALL, Languages.NYNORSK);
                XSSFWorkbook counties = report("counties", ReportFilter.ALL, Languages.BOKMAAL);
                XSSFWorkbook benefits = report("benefits", ReportFilter.ALL, Languages.BOKMAAL)) {
            XSSFSheet sheet = payments.getSheetAt(0);
            assertEquals(paid, Workbooks.total(payments, sheet, Workbooks.column(sheet, "Utbetalt (kr)")));
            XSSFSheet byCounty = counties.getSheetAt(0);
            assertEquals(15, Workbooks.dataRows(byCounty).size(), "the counties of 2024");
            assertEquals(new BigDecimal("357.00"), Workbooks.total(counties, byCounty,
                    Workbooks.column(byCounty, "Kommuner")));
            assertEquals(new BigDecimal("900.00"), Workbooks.total(counties, byCounty,
                    Workbooks.column(byCounty, "Søknader")));
            assertEquals(paid, Workbooks.total(counties, byCounty, Workbooks.column(byCounty, "Utbetalt (kr)")));
            int granted = List.of("GRANTED", "ACCEPTED", "IN_PROGRESS", "OPERATIONAL", "CLOSED", "LAPSED", "CANCELLED")
                    .stream().mapToInt(s -> data.byStatus.getOrDefault(s, 0)).sum();
            assertEquals(granted, Workbooks.dataRows(benefits.getSheetAt(0)).size(), "one target per grant");
        }
    }

    private static BigDecimal money(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(cell.toString()).append('\t'));
            text.append('\n');
        }
        return text.toString();
    }
}
