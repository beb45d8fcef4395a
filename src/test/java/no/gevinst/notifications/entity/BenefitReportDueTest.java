package no.gevinst.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenefitReportDueTest {

    private static final LocalDate OPERATION = LocalDate.of(2027, 3, 1);

    @ParameterizedTest(name = "today {0}, latest report {1} → soon {2}, overdue {3}")
    @CsvSource(nullValues = "null", value = {
        // Nothing due early in the first year; 30 days before the first anniversary the year-1 report is.
        "2027-06-01, 2027-03-01, null, null",
        "2027-01-31, 2027-03-01, null, null",
        "2028-01-31, 2027-03-01, 1@2028-03-01, null",
        // Reported during the year: no reminder.
        "2028-02-10, 2027-11-15, null, null",
        // A year after operation with nothing since the first measurements: overdue (year 1), and year 2 not yet due.
        "2028-03-05, 2027-03-01, null, 1@2028-03-01",
        // Two years on, the last report 14 months ago: overdue for year 2.
        "2029-05-01, 2028-03-01, null, 2@2029-03-01",
        // Year 3 is the last of a 3-year period: reminded before it, nothing after the period.
        "2030-02-10, 2029-02-20, 3@2030-03-01, null",
        "2030-02-10, 2029-05-01, null, null",
        "2030-06-01, 2030-02-20, null, null",
        "2031-06-01, 2030-02-20, null, null",
        // Never measured at all.
        "2028-04-01, null, null, 1@2028-03-01",
    })
    void remindersComeBeforeEachAnniversaryAndWhenAYearPassedWithoutAReport(LocalDate today, LocalDate latest,
            String soon, String overdue) {
        assertEquals(soon == null ? "none" : soon, BenefitReportDue.soon(OPERATION, 3, latest, today)
                .map(d -> d.year() + "@" + d.on()).orElse("none"));
        assertEquals(overdue == null ? "none" : overdue, BenefitReportDue.overdue(OPERATION, 3, latest, today)
                .map(d -> d.year() + "@" + d.on()).orElse("none"));
    }
}
