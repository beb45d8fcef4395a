package no.gevinst.benefits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RealisationTest {

    private static final LocalDate OPERATION = LocalDate.of(2027, 1, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2029, 1, 1);

    @ParameterizedTest(name = "baseline {0}, target {1}, measured {2} on {3}: {4} % {5}")
    @CsvSource({
        // target above baseline
        "10, 50, 30, 2028-01-01, 50.0, ON_TRACK",      // half way, a day the path is at 49.9 % (2028 is a leap year)
        "10, 50, 29, 2028-01-01, 47.5, BEHIND",
        "10, 50, 50, 2027-06-01, 100.0, ACHIEVED",
        "10, 50, 60, 2027-06-01, 125.0, ACHIEVED",     // more than promised
        "10, 50, 5, 2027-03-01, -12.5, BEHIND",        // worse than the baseline
        // target below baseline: fewer hours used is better
        "3000, 1200, 2100, 2028-01-01, 50.0, ON_TRACK",
        "3000, 1200, 2500, 2028-01-01, 27.8, BEHIND",
        "3000, 1200, 1100, 2028-06-01, 105.6, ACHIEVED",
        "3000, 1200, 3300, 2027-06-01, -16.7, BEHIND",
        // measured on the operation date: the path starts at 0 %
        "10, 50, 10, 2027-01-01, 0.0, ON_TRACK",
        // after the target date the path is at 100 %
        "10, 50, 49, 2029-06-01, 97.5, BEHIND",
        // rounding half-up to one decimal: 1/3 of the span
        "0, 3, 1, 2027-01-01, 33.3, ON_TRACK",
        "0, 0.03, 0.02, 2027-01-01, 66.7, ON_TRACK",
    })
    void realisationPercentAndStatusAgainstTheStraightPath(String baseline, String target, String measured,
            String on, String percent, RealisationStatus status) {
        Realisation realisation = Realisation.of(new BigDecimal(baseline), new BigDecimal(target),
                new BigDecimal(measured), LocalDate.parse(on), OPERATION, TARGET_DATE);
        assertEquals(new BigDecimal(percent), realisation.percent());
        assertEquals(status, realisation.status());
    }

    @ParameterizedTest(name = "no measurement: {0} → {1}")
    @CsvSource({"10, 50", "3000, 1200"})
    void withoutMeasurementsNothingIsReported(String baseline, String target) {
        Realisation realisation = Realisation.of(new BigDecimal(baseline), new BigDecimal(target), null, null,
                OPERATION, TARGET_DATE);
        assertEquals(RealisationStatus.NOT_REPORTED, realisation.status());
        assertNull(realisation.percent());
    }

    @ParameterizedTest(name = "target equal to baseline {0} is refused")
    @CsvSource({"10", "0", "1200.5"})
    void aTargetEqualToItsBaselineHasNothingToRealise(String value) {
        assertThrows(IllegalArgumentException.class, () -> Realisation.of(new BigDecimal(value), new BigDecimal(value),
                BigDecimal.ONE, OPERATION, OPERATION, TARGET_DATE));
    }

    @ParameterizedTest(name = "{0}: path at {1} %")
    @CsvSource({"2026-12-01, 0", "2027-01-01, 0", "2028-01-01, 49.9", "2028-07-02, 75.0", "2029-01-01, 100", "2030-01-01, 100"})
    void theStraightPathRunsFromOperationToTheTargetDate(String on, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Realisation.expected(LocalDate.parse(on), OPERATION,
                TARGET_DATE)));
    }
}
