package no.gevinst.reports.control;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.reports.entity.ReportDefinition;

/**
 * The report definitions of {@code reports/} (copied onto the class path by the build), in the order
 * {@code catalogue.json} lists them. Each is checked against its source's fields when loaded, so a misspelt
 * field or source stops the application at start-up rather than leaving a column empty.
 */
public final class ReportCatalogue {

    private final Map<String, ReportDefinition> reports;

    private ReportCatalogue(Map<String, ReportDefinition> reports) {
        this.reports = reports;
    }

    public static ReportCatalogue load(ClassLoader classLoader) {
        List<String> names;
        try (InputStream in = open(classLoader, "catalogue"); var reader = Json.createReader(in)) {
            names = reader.readObject().getJsonArray("reports").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ReportDefinition> reports = new LinkedHashMap<>();
        for (String name : names) {
            ReportDefinition definition = ReportDefinition.read(open(classLoader, name));
            if (!definition.name().equals(name)) {
                throw new IllegalStateException("reports/" + name + ".json names itself " + definition.name());
            }
            for (ReportDefinition.Sheet sheet : definition.sheets()) {
                Set<String> fields = ReportSources.FIELDS.get(sheet.source());
                if (fields == null) {
                    throw new IllegalStateException(name + ": no source " + sheet.source() + "; there are "
                            + ReportSources.FIELDS.keySet());
                }
                sheet.columns().stream().filter(c -> !fields.contains(c.field())).findFirst().ifPresent(c -> {
                    throw new IllegalStateException(name + ": source " + sheet.source() + " has no field "
                            + c.field() + "; it has " + fields);
                });
            }
            reports.put(name, definition);
        }
        return new ReportCatalogue(reports);
    }

    private static InputStream open(ClassLoader classLoader, String name) {
        InputStream in = classLoader.getResourceAsStream("reports/" + name + ".json");
        if (in == null) {
            throw new IllegalStateException("reports/" + name + ".json is not on the class path");
        }
        return in;
    }

    public List<ReportDefinition> all() {
        return List.copyOf(reports.values());
    }

    public Optional<ReportDefinition> find(String name) {
        return Optional.ofNullable(reports.get(name));
    }
}
