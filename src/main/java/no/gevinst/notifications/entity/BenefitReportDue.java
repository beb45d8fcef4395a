package no.gevinst.notifications.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a grant in operation is to be reminded of its yearly benefit report. Year k of the reporting period ends on
 * the k-th anniversary of the operation date. A reminder is due 30 days before an anniversary when nothing has been
 * reported since the last one (the first measurements at operation do not count for year 1); the report is
 * overdue, as the portfolio lists it, from a year after operation when nothing was reported in the last twelve
 * months.
 *
 * @param year the reporting year the reminder is about, which makes it unique
 * @param on the anniversary it is about
 */
public record BenefitReportDue(int year, LocalDate on) {

    static final int DAYS_BEFORE = 30;

    public static Optional<BenefitReportDue> soon(LocalDate operation, int period, LocalDate latest, LocalDate today) {
        long years = ChronoUnit.YEARS.between(operation, today);
        LocalDate next = operation.plusYears(years + 1);
        boolean reportedThisYear = latest != null && latest.isAfter(operation.plusYears(years));
        if (years + 1 > period || reportedThisYear || today.plusDays(DAYS_BEFORE).isBefore(next)) {
            return Optional.empty();
        }
        return Optional.of(new BenefitReportDue((int) years + 1, next));
    }

    public static Optional<BenefitReportDue> overdue(LocalDate operation, int period, LocalDate latest,
            LocalDate today) {
        long years = ChronoUnit.YEARS.between(operation, today);
        if (years < 1 || years > period || (latest != null && !latest.isBefore(today.minusYears(1)))) {
            return Optional.empty();
        }
        return Optional.of(new BenefitReportDue((int) years, operation.plusYears(years)));
    }
}
