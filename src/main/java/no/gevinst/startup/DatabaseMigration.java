package no.gevinst.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.gevinst.municipalities.control.MunicipalityRegisterMigration;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. A failed migration does not stop the
 * deployment; it keeps the readiness check down, so no load balancer sends users to a half-migrated node.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/gevinst")
    DataSource dataSource;

    private volatile boolean migrated;
    private volatile String failure;

    @PostConstruct
    void migrate() {
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                    .javaMigrations(new MunicipalityRegisterMigration())
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                    + applied + " migrations applied now)");
            migrated = true;
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Database migration failed; the application stays not ready", e);
        }
    }

    /**
     * The folder of migrations written for this database alone (triggers, say): {@code postgresql} or {@code h2}.
     * Their versions interleave with the common ones.
     */
    private String vendor() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String failure() {
        return failure;
    }
}
