package no.gevinst.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.reports.control.ReportCatalogue;
import no.gevinst.reports.control.ReportEngine;
import no.gevinst.reports.entity.ReportDefinition;
import no.gevinst.reports.entity.ReportFilter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One report written in this JVM (started by {@link Benchmark} with 256 MB of heap), or one of its two floors: a bare
 * SXSSF program writing the same number of rows, columns and cell styles with nothing read from a database
 * ({@code floor}), and the same program writing the report's rows as bare JDBC reads them from the same database
 * ({@code jdbc}). Prints "millis peakMegabytes" as its last line; the peak is the heap pools' peak after a full GC
 * before the work.
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String report = args[1];
        String database = args[2];
        ReportDefinition definition = ReportCatalogue.load(ReportBench.class.getClassLoader()).find(report).orElseThrow();
        int columns = definition.sheets().get(0).columns().size();
        int rows;
        try (Connection connection = DriverManager.getConnection(database, "sa", "sa")) {
            rows = count(connection, report.equals("payments")
                    ? "select count(*) from payment where status <> 'REJECTED'"
                    : "select count(*) from application where reference is not null");
        }
        Path file = Files.createTempFile(Path.of("target", "bench"), report + "-" + mode + "-", ".xlsx");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            if (mode.equals("report")) {
                try (Connection connection = DriverManager.getConnection(database, "sa", "sa")) {
                    ReportEngine.write(definition, connection, new ReportEngine.Request(ReportFilter.ALL,
                            Languages.BOKMAAL, "ledelse", Instant.now(), LocalDate.now()), out);
                }
            } else if (mode.equals("jdbc")) {
                try (Connection connection = DriverManager.getConnection(database, "sa", "sa");
                        BareWorkbook workbook = new BareWorkbook(columns)) {
                    if (report.equals("payments")) {
                        paymentRows(connection, workbook);
                    } else {
                        portfolioRows(connection, workbook);
                    }
                    workbook.write(out);
                }
            } else {
                try (BareWorkbook workbook = new BareWorkbook(columns)) {
                    for (int r = 1; r <= rows; r++) {
                        Object[] values = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            values[c] = c % 3 == 0 ? "Tekst " + r + "-" + c : r * 1000.5 + c;
                        }
                        workbook.row(values);
                    }
                    workbook.write(out);
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s %s: %d rows x %d columns, %d KB%n", mode, report, rows, columns, Files.size(file) / 1024);
        Files.delete(file);
        System.out.println(millis + " " + peak / 1024 / 1024);
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The Portfolio report's rows as plain JDBC reads them: each submitted application with its place, ledger and
     * operation dates, its partners and the mean realisation of its targets' latest measurements.
     */
    private static void portfolioRows(Connection connection, BareWorkbook workbook) throws SQLException {
        Map<Long, String> partners = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select ap.application_id, m.name from application_partner ap
                join municipality m on m.number = ap.municipality_number order by ap.application_id, m.name""")) {
            while (rs.next()) {
                partners.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + ", " + b);
            }
        }
        Map<Long, double[]> realised = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select t.application_id, t.baseline, t.target, l.measured_value from benefit_target t
                join latest_measurement l on l.benefit_target_id = t.id where t.target <> t.baseline""")) {
            while (rs.next()) {
                double baseline = rs.getDouble(2);
                double percent = (rs.getDouble(4) - baseline) / (rs.getDouble(3) - baseline) * 100;
                realised.merge(rs.getLong(1), new double[] {percent, 1}, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select a.id, a.reference, a.title, mu.name, c.name, a.category, a.status, f.budget_year,
                       a.requested_amount, l.granted, l.paid, l.withheld_outstanding, l.released, l.forfeited,
                       a.planned_operation, g.in_operation_since
                from application a
                join funding_call f on f.id = a.call_id
                join municipality mu on mu.number = a.municipality_number
                join county c on c.number = mu.county_number
                left join grant_award g on g.application_id = a.id
                left join grant_ledger l on l.application_id = a.id
                where a.reference is not null order by a.reference""")) {
            rs.setFetchSize(500);
            while (rs.next()) {
                long id = rs.getLong(1);
                double[] mean = realised.get(id);
                workbook.row(new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    partners.get(id), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBigDecimal(9),
                    rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                    rs.getBigDecimal(14), rs.getDate(15), rs.getDate(16), mean == null ? null : mean[0] / mean[1]});
            }
        }
    }

    /** The Payments report's rows as plain JDBC reads them: every payment not rejected, with its batch and milestone. */
    private static void paymentRows(Connection connection, BareWorkbook workbook) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select bi.batch_id, coalesce(p.sent_at, p.approved_at, p.proposed_at), a.reference, mu.name, p.kind,
                       gm.position, gm.title, p.status, p.gross, p.withheld, p.net, p.proposed_by, p.approved_by
                from payment p
                join application a on a.id = p.application_id
                join municipality mu on mu.number = a.municipality_number
                left join grant_milestone gm on gm.id = p.milestone_id
                left join payment_batch_item bi on bi.payment_id = p.id
                where p.status <> 'REJECTED' order by p.proposed_at, p.id""")) {
            rs.setFetchSize(500);
            while (rs.next()) {
                workbook.row(new Object[] {rs.getObject(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getObject(6) == null ? null : (rs.getInt(6) + 1) + ": " + rs.getString(7),
                    rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                    rs.getString(12), rs.getString(13)});
            }
        }
    }

    /** The cells without the engine: a styled, frozen header, then text, number and date cells in five styles. */
    private static final class BareWorkbook implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final List<CellStyle> styles;
        private final SXSSFSheet sheet;
        private int next = 1;

        BareWorkbook(int columns) {
            workbook.setCompressTempFiles(true);
            styles = List.of(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle(),
                    workbook.createCellStyle(), workbook.createCellStyle());
            styles.get(1).setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            styles.get(2).setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            styles.get(3).setDataFormat(workbook.createDataFormat().getFormat("0"));
            styles.get(4).setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            sheet = workbook.createSheet("Data");
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue("Kolonne " + c);
                header.getCell(c).setCellStyle(styles.get(0));
            }
        }

        void row(Object[] values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                switch (values[c]) {
                    case null -> cell.setBlank();
                    case Number number -> cell.setCellValue(number.doubleValue());
                    case java.util.Date date -> cell.setCellValue(date);
                    default -> cell.setCellValue(values[c].toString());
                }
                cell.setCellStyle(styles.get(c % styles.size()));
            }
        }

        void write(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
