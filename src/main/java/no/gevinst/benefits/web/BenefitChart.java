package no.gevinst.benefits.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.web.BarChart;

/**
 * One benefit target's measurements against its baseline, its target and the straight path from operation to the
 * target date: as a Chart.js configuration for {@code p:chart}, and as the points a table shows to those who do not
 * see the chart. The x axis is days since 1970 so that time is to scale; {@code gevinst.js} writes them as dates.
 * Only numbers and the interface's own words go into the configuration, never what a user typed.
 */
public record BenefitChart(String config, List<Point> points) {

    /** A current measurement: a value, or the reason it was not measured. */
    public record Point(LocalDate on, BigDecimal value, String notMeasuredReason, String comment) {
    }

    private static final String MEASURED = "#1f5fa8";
    private static final String BASELINE = "#6b6b6b";
    private static final String TARGET = "#1b7a3a";
    private static final String PATH = "#a35200";

    /**
     * @param measurements the target's measurements; replaced ones are left out
     * @param operationDate when the project went into operation, or null
     */
    public static BenefitChart of(BenefitTarget target, List<Measurement> measurements, LocalDate operationDate,
            Locale locale) {
        List<Point> points = measurements.stream().filter(m -> !m.isReplaced())
                .sorted(Comparator.comparing(Measurement::getMeasuredOn).thenComparing(Measurement::getId,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(m -> new Point(m.getMeasuredOn(), m.getValue(), m.getNotMeasuredReason(), m.getComment()))
                .toList();
        List<LocalDate> days = Stream.concat(Stream.of(target.getBaselineDate(), operationDate, target.getTargetDate()),
                points.stream().map(Point::on)).filter(d -> d != null).sorted().toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        JsonArrayBuilder measured = Json.createArrayBuilder();
        points.stream().filter(p -> p.value() != null).forEach(p -> measured.add(xy(p.on(), p.value())));
        datasets.add(dataset(Messages.text(locale, "benefits.chart.measured"), measured, MEASURED, false, 5));
        if (!days.isEmpty()) {
            LocalDate first = days.getFirst();
            LocalDate last = days.getLast();
            if (target.getBaseline() != null) {
                datasets.add(dataset(Messages.text(locale, "benefits.chart.baseline"), Json.createArrayBuilder()
                        .add(xy(first, target.getBaseline())).add(xy(last, target.getBaseline())), BASELINE, true, 0));
            }
            if (target.getTarget() != null) {
                datasets.add(dataset(Messages.text(locale, "benefits.chart.target"), Json.createArrayBuilder()
                        .add(xy(first, target.getTarget())).add(xy(last, target.getTarget())), TARGET, true, 0));
            }
            if (operationDate != null && target.getTargetDate() != null && target.getBaseline() != null
                    && target.getTarget() != null && target.getTargetDate().isAfter(operationDate)) {
                datasets.add(dataset(Messages.text(locale, "benefits.chart.path"), Json.createArrayBuilder()
                        .add(xy(operationDate, target.getBaseline())).add(xy(target.getTargetDate(),
                                target.getTarget())), PATH, true, 0));
            }
        }
        String config = Json.createObjectBuilder()
                .add("type", "scatter")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("locale", no.gevinst.platform.web.BarChart.NORWEGIAN_NUMBERS)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("type", "linear")
                                        .add("title", title(Messages.text(locale, "benefits.chart.date"))))
                                .add("y", Json.createObjectBuilder()
                                        .add("title", title(Messages.text(locale, "benefits.chart.value"))))))
                .build().toString();
        return new BenefitChart(BarChart.safe(config), points);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, boolean dashed,
            int pointRadius) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("showLine", true).add("borderColor", colour).add("backgroundColor", colour)
                .add("pointRadius", pointRadius).add("borderWidth", 2);
        if (dashed) {
            dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return dataset;
    }

    private static JsonObjectBuilder xy(LocalDate day, BigDecimal value) {
        return Json.createObjectBuilder().add("x", day.toEpochDay()).add("y", value);
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }
}
