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

    private static final String COLOUR = "#1f5fa8";

    private BarChart() {
    }

    /** Chart.js writes its axis numbers in this locale: amounts the Norwegian way in every language, as elsewhere. */
    public static final String NORWEGIAN_NUMBERS = "nb-NO";

    public static String config(String series, List<String> names, List<BigDecimal> values, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        names.forEach(labels::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        var options = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                .add("locale", NORWEGIAN_NUMBERS)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return safe(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", series).add("data", data)
                                .add("backgroundColor", COLOUR))))
                .add("options", options)
                .build().toString());
    }

    /** The configuration is written into a script element: no name may close it. */
    public static String safe(String json) {
        return json.replace("<", "\\u003c");
    }
}
