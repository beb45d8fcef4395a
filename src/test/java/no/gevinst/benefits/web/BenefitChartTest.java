package no.gevinst.benefits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.payments.entity.Granted;
import no.gevinst.platform.i18n.Languages;
import org.junit.jupiter.api.Test;

class BenefitChartTest {

    private static final LocalDate OPERATION = Granted.TODAY.plusMonths(2);
    private static final LocalDate LATER = Granted.TODAY.plusMonths(14);

    private final BenefitTarget target = Granted.of("10", Granted.TODAY.plusMonths(6), "100000.00").application()
            .getBenefitTargets().get(0);

    private Measurement measured(LocalDate on, String value, String reason) {
        return Measurement.report(target, new Measurement.Report(on, value == null ? null : new BigDecimal(value),
                reason, null), "kommune", Granted.NOW, LATER);
    }

    private static JsonArray datasets(BenefitChart chart) {
        return Json.createReader(new StringReader(chart.config())).readObject().getJsonObject("data")
                .getJsonArray("datasets");
    }

    private static List<String> xy(JsonObject dataset) {
        return dataset.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(p -> LocalDate.ofEpochDay(p.getJsonNumber("x").longValue()) + "=" + p.getJsonNumber("y")
                        .bigDecimalValue().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void theChartShowsTheCurrentMeasurementsAgainstBaselineTargetAndTheStraightPath() {
        Measurement first = measured(OPERATION, "0.2", null);
        Measurement wrong = measured(OPERATION.plusMonths(6), "9", null);
        Measurement correction = wrong.correctWith(new Measurement.Report(OPERATION.plusMonths(6),
                new BigDecimal("0.6"), null, "Rettet"), "kommune", Granted.NOW, LATER);
        Measurement notMeasured = measured(OPERATION.plusMonths(9), null, "Systemet var nede");

        var chart = BenefitChart.of(target, List.of(notMeasured, correction, wrong, first), OPERATION,
                Languages.BOKMAAL);

        JsonArray datasets = datasets(chart);
        assertEquals(List.of("Målt", "Utgangsverdi", "Mål", "Forventet utvikling fra driftsstart"),
                datasets.getValuesAs(JsonObject.class).stream().map(d -> d.getString("label")).toList());
        assertEquals(List.of(OPERATION + "=0.2", OPERATION.plusMonths(6) + "=0.6"),
                xy(datasets.getJsonObject(0)), "the replaced value is not drawn, nor the one not measured");
        LocalDate baselineDay = target.getBaselineDate();
        LocalDate last = target.getTargetDate();
        assertEquals(List.of(baselineDay + "=0", last + "=0"), xy(datasets.getJsonObject(1)), "baseline across the chart");
        assertEquals(List.of(baselineDay + "=1", last + "=1"), xy(datasets.getJsonObject(2)), "target across the chart");
        assertEquals(List.of(OPERATION + "=0", last + "=1"), xy(datasets.getJsonObject(3)),
                "from the baseline at operation to the target at the target date");

        assertEquals(List.of(OPERATION, OPERATION.plusMonths(6), OPERATION.plusMonths(9)),
                chart.points().stream().map(BenefitChart.Point::on).toList(), "the table lists what is current");
        assertEquals("Systemet var nede", chart.points().get(2).notMeasuredReason());
        assertEquals("Rettet", chart.points().get(1).comment());
    }

    @Test
    void beforeOperationThereIsNoPathAndNothingMeasured() {
        var chart = BenefitChart.of(target, List.of(), null, Languages.ENGLISH);
        JsonArray datasets = datasets(chart);
        assertEquals(List.of("Measured", "Baseline", "Target"), datasets.getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("label")).toList());
        assertEquals(List.of(), xy(datasets.getJsonObject(0)));
        assertEquals(List.of(), chart.points());
    }
}
