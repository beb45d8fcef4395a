package no.gevinst.benefits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingDutyTest {

    private static final ReportingDuty DUTY = new ReportingDuty(LocalDate.of(2027, 1, 1), 3);

    /** "2027-01-01 2028-02-01 | 2027-06-01" is two targets' report dates. */
    private static List<List<LocalDate>> reports(String text) {
        return Arrays.stream(text.split("\\|")).map(String::trim)
                .map(t -> t.isEmpty() ? List.<LocalDate>of()
                        : Arrays.stream(t.split(" ")).map(LocalDate::parse).toList())
                .toList();
    }

    @ParameterizedTest(name = "{0} on {1}: missing {2}, fulfilled {3}, overdue {4}")
    @CsvSource(delimiter = ';', value = {
        // one target reported in each of the three years: closable once the period is over
        "2027-01-01 2028-01-15 2029-02-01; 2030-01-01; ''; true; false",
        "2027-01-01 2028-01-15 2029-02-01; 2029-12-31; ''; false; false",
        // year 2 without a report
        "2027-01-01 2029-02-01; 2030-01-01; 2; false; false",
        // two targets, the second silent in year 3
        "2027-01-01 2028-01-15 2029-02-01 | 2027-01-01 2028-03-01; 2030-02-01; 3; false; false",
        // in the middle of the period: the last report more than twelve months ago is overdue
        "2027-01-01; 2028-06-01; ''; false; true",
        "2027-01-01 2027-12-01; 2028-06-01; ''; false; false",
        // not in operation for a year yet: nothing overdue, nothing missing
        "'' ; 2027-06-01; ''; false; false",
    })
    void everyTargetIsReportedOnceAYearForTheReportingPeriod(String dates, String today, String missing,
            boolean fulfilled, boolean overdue) {
        LocalDate day = LocalDate.parse(today);
        List<List<LocalDate>> reports = reports(dates);
        assertEquals(missing.isEmpty() ? List.of() : Arrays.stream(missing.split(" ")).map(Integer::valueOf).toList(),
                DUTY.missingYears(reports, day));
        assertEquals(fulfilled, DUTY.isFulfilled(reports, day));
        assertEquals(overdue, DUTY.isOverdue(reports, day));
    }
}
