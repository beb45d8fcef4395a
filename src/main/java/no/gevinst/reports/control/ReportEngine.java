package no.gevinst.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.reports.entity.ReportDefinition;
import no.gevinst.reports.entity.ReportFilter;

/** Makes a report: each sheet from its source, then the About sheet; plain JDBC in, an .xlsx file out. */
public final class ReportEngine {

    private ReportEngine() {
    }

    /** Who asked, when, and in which language: what the About sheet tells. */
    public record Request(ReportFilter filter, Locale locale, String user, Instant now, LocalDate today) {
    }

    public static void write(ReportDefinition definition, Connection connection, Request request, OutputStream out)
            throws SQLException, IOException {
        try (ReportWriter writer = new ReportWriter(request.locale())) {
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (ReportDefinition.Sheet sheet : definition.sheets()) {
                ReportWriter.SheetWriter sheetWriter = writer.sheet(sheet);
                ReportSources.rows(sheet.source(), connection, request.filter(), request.today(), sheetWriter::row);
                rows.put(sheet.name().in(request.locale()), sheetWriter.finish());
            }
            writer.about(definition, request.user(), request.now(), filters(connection, request), rows);
            writer.writeTo(out);
        }
    }

    /** The filters as the About sheet lists them, by name rather than by code or id. */
    static List<Map.Entry<String, String>> filters(Connection connection, Request request) throws SQLException {
        Locale locale = request.locale();
        ReportFilter filter = request.filter();
        String all = Messages.text(locale, "report.filter.all");
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry(Messages.text(locale, "report.filter.budgetYear"),
                filter.budgetYear() == null ? all : String.valueOf(filter.budgetYear())));
        lines.add(Map.entry(Messages.text(locale, "report.filter.call"), filter.callId() == null ? all
                : name(connection, "select title from funding_call where id = ?", filter.callId())));
        lines.add(Map.entry(Messages.text(locale, "report.filter.county"), filter.county() == null ? all
                : name(connection, "select name from county where number = ?", filter.county())));
        lines.add(Map.entry(Messages.text(locale, "report.filter.category"), filter.category() == null ? all
                : Messages.text(locale, "category." + filter.category().name())));
        lines.add(Map.entry(Messages.text(locale, "report.filter.status"), filter.status() == null ? all
                : Messages.text(locale, "applicationStatus." + filter.status().name())));
        return lines;
    }

    private static String name(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : String.valueOf(key);
            }
        }
    }
}
