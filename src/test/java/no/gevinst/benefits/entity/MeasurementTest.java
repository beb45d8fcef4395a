package no.gevinst.benefits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 3, 1);

    @ParameterizedTest(name = "{0}, {1}, reason ''{2}'' → {3}")
    @CsvSource(nullValues = "null", value = {
        "2028-03-01, 12.5, null, ''",
        "2028-03-01, null, Ikke målt ennå, ''",
        "2028-03-02, 12.5, null, measuredOn:validation.measurement.inFuture",
        "null, 12.5, null, measuredOn:validation.required",
        "2028-01-01, null, null, value:validation.measurement.valueOrReason",
        "2028-01-01, null, '  ', value:validation.measurement.valueOrReason",
        "2028-01-01, 3, Begge, value:validation.measurement.valueOrReason",
        "2028-01-01, 1.23456, null, value:validation.decimals",
        "2028-01-01, -4000.5, null, ''",
    })
    void aMeasurementIsANumberOrAReasonAtADateNotInTheFuture(String on, String value, String reason, String expected) {
        var report = new Measurement.Report(on == null ? null : LocalDate.parse(on),
                value == null ? null : new BigDecimal(value), reason, null);
        List<String> found = report.violations(TODAY).stream().map(Violation::field).toList();
        List<String> keys = report.violations(TODAY).stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), keys, "fields " + found);
    }
}
