package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.gevinst.bench.ScaleData;
import no.gevinst.support.DatabaseFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's backup, as docs/operations.md describes it: H2's online {@code BACKUP TO} while the
 * application runs, restored by unpacking the file into an empty data folder. The restored database has the same
 * rows in every table and the same money, to the øre.
 */
class H2BackupRestoreTest {

    @Test
    void anOnlineBackupRestoresEveryRowAndEveryKrone(@TempDir Path folder) throws Exception {
        String original = "jdbc:h2:file:" + folder.resolve("data/gevinst");
        ScaleData.migrate(original, "sa", "sa");
        Map<String, String> before;
        Path backup = folder.resolve("gevinst-backup.zip");
        try (Connection db = DriverManager.getConnection(original, "sa", "sa")) {
            ScaleData.generate(db, 2, 11, LocalDate.of(2026, 11, 24));
            before = DatabaseFingerprint.of(db);
            try (Statement sql = db.createStatement()) {
                sql.execute("BACKUP TO '" + backup + "'");
            }
        }
        Path restored = Files.createDirectories(folder.resolve("restored"));
        unzip(backup, restored);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("gevinst")
                + ";IFEXISTS=TRUE", "sa", "sa")) {
            assertEquals(before, DatabaseFingerprint.of(db));
        }
        assertTrue(Integer.parseInt(before.get("rows of payment").replace("; ", "").trim()) > 100,
                "a real ledger was compared: " + before.get("rows of payment"));
    }

    private static void unzip(Path zip, Path into) throws IOException, SQLException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }
}
