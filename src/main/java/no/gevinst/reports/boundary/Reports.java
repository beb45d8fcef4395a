package no.gevinst.reports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.reports.control.ReportCatalogue;
import no.gevinst.reports.control.ReportEngine;
import no.gevinst.reports.entity.ReportDefinition;
import no.gevinst.reports.entity.ReportFilter;
import no.gevinst.platform.entity.Role;

/**
 * Management's Excel reports from the catalogue in {@code reports/}. A report is built into a temporary file in one
 * read-only transaction and handed over as that file, so the database is not held while a slow client downloads.
 */
@Singleton
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
@RolesAllowed({Role.Names.MANAGEMENT, Role.Names.APPROVER})
public class Reports {

    @Resource(lookup = "java:app/jdbc/gevinst")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    private ReportCatalogue catalogue;

    @PostConstruct
    void loadCatalogue() {
        catalogue = ReportCatalogue.load(Reports.class.getClassLoader());
    }

    public List<ReportDefinition> catalogue() {
        return catalogue.all();
    }

    /** Builds the report into a temporary file the caller streams and deletes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Path build(String name, ReportFilter filter, Locale locale) {
        ReportDefinition definition = catalogue.find(name).orElseThrow(() -> new NotFoundException("Report " + name));
        String user = session.getCallerPrincipal().getName();
        try {
            Path file = Files.createTempFile("gevinst-" + name + "-", ".xlsx");
            try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(file)) {
                ReportEngine.write(definition, connection, new ReportEngine.Request(filter, locale, user,
                        clock.instant(), LocalDate.now(clock)), out);
            } catch (SQLException | IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            audit.record(AuditKind.REPORT_GENERATED, "Report", name, filter.toString());
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException("Report " + name + " could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
