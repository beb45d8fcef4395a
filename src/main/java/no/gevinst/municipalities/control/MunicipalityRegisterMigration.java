package no.gevinst.municipalities.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.gevinst.municipalities.entity.LanguageForm;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the register of counties and municipalities valid from 1 January 2024 from the CSV files shipped in the
 * application ({@code reference/}, see its PROVENANCE.md). It is reference data every installation needs, so it
 * is a migration, not demo data.
 */
public class MunicipalityRegisterMigration implements JavaMigration {

    static final String COUNTIES = "/reference/fylker_2024.csv";
    static final String MUNICIPALITIES = "/reference/kommuner_2024.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "municipality register 2024";
    }

    /** Changes when either data file changes, so that Flyway's validation notices an edited register file. */
    @Override
    public Integer getChecksum() {
        var crc = new CRC32();
        for (String resource : List.of(COUNTIES, MUNICIPALITIES)) {
            for (List<String> row : read(resource)) {
                crc.update(String.join(",", row).getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    public boolean isUndo() {
        return false;
    }

    public boolean isBaselineMigration() {
        return false;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into county (number, name, official_name) values (?, ?, ?)")) {
            for (List<String> row : read(COUNTIES)) {
                insert.setString(1, row.get(0));
                insert.setString(2, row.get(1));
                insert.setString(3, row.get(2));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into municipality (number, name, official_name, county_number, organisation_number,"
                        + " language_form, population) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (List<String> row : read(MUNICIPALITIES)) {
                insert.setString(1, row.get(0));
                insert.setString(2, row.get(1));
                insert.setString(3, row.get(2));
                insert.setString(4, row.get(7));
                String organisationNumber = row.get(11);
                if (organisationNumber.isBlank()) {
                    insert.setNull(5, Types.VARCHAR);
                } else {
                    insert.setString(5, organisationNumber);
                }
                insert.setString(6, LanguageForm.fromRegister(row.get(15)).name());
                insert.setInt(7, Integer.parseInt(row.get(13)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The rows after the header; the files hold no quoted fields. */
    static List<List<String>> read(String resource) {
        var stream = Objects.requireNonNull(MunicipalityRegisterMigration.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(List.of(line.split(",", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
