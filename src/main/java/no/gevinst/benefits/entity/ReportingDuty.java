package no.gevinst.benefits.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A grant in operation reports every benefit target at least once a year for the scheme's reporting period,
 * counted from the operation date: year 1 is [operation, operation + 1 year), and so on. A "not measured" with its
 * reason is a report too.
 */
public record ReportingDuty(LocalDate operationDate, int years) {

    /** Reporting years that have ended without a report of every target, by their number (1, 2, …). */
    public List<Integer> missingYears(Collection<? extends Collection<LocalDate>> reportsPerTarget, LocalDate today) {
        List<Integer> missing = new java.util.ArrayList<>();
        for (int year = 1; year <= years; year++) {
            LocalDate from = operationDate.plusYears(year - 1L);
            LocalDate to = operationDate.plusYears(year);
            if (today.isBefore(to)) {
                break;
            }
            boolean everyTarget = reportsPerTarget.stream().allMatch(dates -> dates.stream()
                    .anyMatch(d -> !d.isBefore(from) && d.isBefore(to)));
            if (!everyTarget) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** The period is over and every year has its reports: the grant can be closed. */
    public boolean isFulfilled(Collection<? extends Collection<LocalDate>> reportsPerTarget, LocalDate today) {
        return !today.isBefore(operationDate.plusYears(years)) && missingYears(reportsPerTarget, today).isEmpty();
    }

    /**
     * Within the period, a target with no report in the last twelve months, when the project has been in operation
     * that long: its report is overdue.
     */
    public boolean isOverdue(Collection<? extends Collection<LocalDate>> reportsPerTarget, LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        if (operationDate.isAfter(yearAgo) || !today.isBefore(operationDate.plusYears(years).plusMonths(1))) {
            return false;
        }
        return reportsPerTarget.stream().anyMatch(dates -> dates.stream().noneMatch(d -> d.isAfter(yearAgo)));
    }
}
