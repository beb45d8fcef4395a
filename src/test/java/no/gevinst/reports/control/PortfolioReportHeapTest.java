package no.gevinst.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.reports.entity.ReportFilter;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;

/**
 * The Portfolio report over 10 000 applications, made in a JVM of 256 MB heap (this class runs in surefire's
 * {@code heap-limited} execution, {@code -Xmx256m}). Before the report the heap pools' peak usage is reset after a
 * full collection; their peak while the report is written is printed and must stay under the limit, which a report
 * that held its rows in memory would break (it would fail with OutOfMemoryError before that).
 */
class PortfolioReportHeapTest {

    @Test
    void tenThousandApplicationsFitIn256MegabytesOfHeap() throws Exception {
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(max <= 256L * 1024 * 1024 + 16 * 1024 * 1024, "run with -Xmx256m, not " + max / 1024 / 1024 + " MB");
        ReportData data = ReportData.migrated("heap").generate(10_000, 10, 7);
        var definition = ReportCatalogue.load(getClass().getClassLoader()).find("portfolio").orElseThrow();
        Path file = Files.createTempFile(Path.of("target"), "portfolio-10000-", ".xlsx");

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (Connection connection = data.connection(); OutputStream out = Files.newOutputStream(file)) {
            ReportEngine.write(definition, connection, new ReportEngine.Request(ReportFilter.ALL, Languages.BOKMAAL,
                    "ledelse", Instant.now(), ReportData.TODAY), out);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("Portfolio report, 10 000 applications: %d ms, %.1f MB file, peak heap %d MB of %d MB%n",
                millis, Files.size(file) / 1024.0 / 1024.0, peak / 1024 / 1024, max / 1024 / 1024);

        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var sheets = new XSSFReader(pkg).getSheetsData();
            String xml = new String(sheets.next().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int rows = xml.split("<row ", -1).length - 1;
            assertEquals(1 + 10_000 + 1, rows, "a header, one row per application and the totals");
        }
        assertTrue(peak < max, "peak " + peak / 1024 / 1024 + " MB");
        Files.delete(file);
    }
}
