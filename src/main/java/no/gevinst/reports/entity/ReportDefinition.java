package no.gevinst.reports.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report as its definition file in {@code reports/} states it: sheets, each filled from a named source, with
 * columns (field, header in nb/nn/en, format, width, total). The engine writes whatever the definition says, so a
 * column of a field the source already gives is a change to the file alone.
 */
public record ReportDefinition(String name, Text title, Text description, List<Sheet> sheets) {

    /** Words in Bokmål, Nynorsk and English; other languages read Bokmål. */
    public record Text(Map<String, String> byLanguage) {
        public String in(Locale locale) {
            String text = byLanguage.get(locale.getLanguage());
            return text != null ? text : byLanguage.get("nb");
        }

        static Text of(JsonObject json, String where) {
            if (json == null) {
                throw new IllegalStateException(where + ": text missing");
            }
            Map<String, String> texts = json.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> ((JsonString) e.getValue()).getString()));
            for (String language : List.of("nb", "nn", "en")) {
                if (texts.getOrDefault(language, "").isBlank()) {
                    throw new IllegalStateException(where + ": no text in " + language);
                }
            }
            return new Text(Map.copyOf(texts));
        }
    }

    public record Sheet(Text name, String source, Text totalsLabel, List<Column> columns) {
        public boolean hasTotals() {
            return columns.stream().anyMatch(Column::summed);
        }
    }

    /**
     * @param labels for {@link ColumnFormat#LABEL}: the bundle prefix whose {@code prefix.VALUE} names a code
     * @param width in characters
     */
    public record Column(String field, Text header, ColumnFormat format, String labels, int width, boolean summed) {
    }

    private static final Text TOTAL = new Text(Map.of("nb", "Sum", "nn", "Sum", "en", "Total"));

    /** Reads and checks a definition; a broken file fails at start-up, not when someone asks for the report. */
    public static ReportDefinition read(InputStream in) {
        JsonObject json;
        try (in; var reader = Json.createReader(in)) {
            json = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = json.getString("name");
        List<Sheet> sheets = json.getJsonArray("sheets").getValuesAs(JsonObject.class).stream().map(sheet -> {
            String where = name + "/" + sheet.getString("source");
            List<Column> columns = sheet.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                    .map(column -> column(column, where)).toList();
            return new Sheet(Text.of(sheet.getJsonObject("name"), where), sheet.getString("source"),
                    sheet.containsKey("totalsLabel") ? Text.of(sheet.getJsonObject("totalsLabel"), where) : TOTAL,
                    columns);
        }).toList();
        if (sheets.isEmpty()) {
            throw new IllegalStateException(name + ": no sheets");
        }
        return new ReportDefinition(name, Text.of(json.getJsonObject("title"), name),
                Text.of(json.getJsonObject("description"), name), sheets);
    }

    private static Column column(JsonObject column, String where) {
        String field = column.getString("field");
        ColumnFormat format = ColumnFormat.valueOf(column.getString("format", "text").toUpperCase(Locale.ROOT));
        String labels = column.getString("labels", null);
        if (format == ColumnFormat.LABEL && labels == null) {
            throw new IllegalStateException(where + "/" + field + ": a label column names its labels");
        }
        String total = column.getString("total", "none");
        if (!total.equals("none") && !total.equals("sum")) {
            throw new IllegalStateException(where + "/" + field + ": total is 'sum' or 'none', not " + total);
        }
        if (total.equals("sum") && !format.isNumber()) {
            throw new IllegalStateException(where + "/" + field + ": only numbers are summed");
        }
        return new Column(field, Text.of(column.getJsonObject("header"), where + "/" + field), format, labels,
                column.getInt("width", 14), total.equals("sum"));
    }
}
