package no.gevinst.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Chart.js bar chart configuration for {@code p:chart}: one series of values under names. Pages show the same
 * figures in a table beside it, for those who do not see the chart.
 */
public final class BarChart {

    private static final String COLOUR = "#0062ba";

    private BarChart() {
    }

    /** Chart.js writes its axis numbers in this locale: amounts the Norwegian way in every language, as elsewhere. */
    public static final String NORWEGIAN_NUMBERS = "nb-NO";

    /** One series of a chart: its name in the legend, a value per name on the axis, and its colour. */
    public record Series(String label, List<BigDecimal> values, String colour) {
    }

    /** One series of values under names, in bars side by side (or above each other when {@code horizontal}). */
    public static String config(String series, List<String> names, List<BigDecimal> values, boolean horizontal) {
        return config(names, List.of(new Series(series, values, COLOUR)), horizontal, false);
    }

    /**
     * Several series under the same names, with a legend: grouped bars, or with {@code stacked} one bar per name
     * made of its series' parts (the parts of a whole, such as a frame, read against each other).
     */
    public static String config(List<String> names, List<Series> series, boolean horizontal, boolean stacked) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        names.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            one.values().forEach(data::add);
            datasets.add(Json.createObjectBuilder().add("label", one.label()).add("data", data)
                    .add("backgroundColor", one.colour()));
        }
        var options = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                .add("locale", NORWEGIAN_NUMBERS)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", series.size() > 1).add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        if (stacked) {
            var stack = Json.createObjectBuilder().add("stacked", true);
            options.add("scales", Json.createObjectBuilder().add("x", stack).add("y", stack));
        }
        return safe(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString());
    }

    /** The configuration is written into a script element: no name may close it. */
    public static String safe(String json) {
        return json.replace("<", "\\u003c");
    }
}
