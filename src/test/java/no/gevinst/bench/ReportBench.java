package no.gevinst.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.reports.control.ReportCatalogue;
import no.gevinst.reports.control.ReportEngine;
import no.gevinst.reports.entity.ReportDefinition;
import no.gevinst.reports.entity.ReportFilter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One report written in this JVM (started by {@link Benchmark} with 256 MB of heap), or its floor: a bare SXSSF
 * program writing the same number of rows, columns and cell styles with nothing read from a database. Prints
 * "millis peakMegabytes" as its last line; the peak is the heap pools' peak after a full GC before the work.
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
            } else {
                floor(rows, columns, out);
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

    /** The same cells without the engine: a styled, frozen header, text and number cells in five styles. */
    private static void floor(int rows, int columns, OutputStream out) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            List<CellStyle> styles = List.of(workbook.createCellStyle(), workbook.createCellStyle(),
                    workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            styles.get(1).setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            styles.get(2).setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            styles.get(3).setDataFormat(workbook.createDataFormat().getFormat("0"));
            styles.get(4).setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            SXSSFSheet sheet = workbook.createSheet("Data");
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue("Kolonne " + c);
                header.getCell(c).setCellStyle(styles.get(0));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    var cell = row.createCell(c);
                    if (c % 3 == 0) {
                        cell.setCellValue("Tekst " + r + "-" + c);
                    } else {
                        cell.setCellValue(r * 1000.5 + c);
                    }
                    cell.setCellStyle(styles.get(c % styles.size()));
                }
            }
            workbook.write(out);
        }
    }
}
