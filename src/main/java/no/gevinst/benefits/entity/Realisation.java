package no.gevinst.benefits.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.applications.entity.BenefitTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a benefit target has realised: realisation % = (latest − baseline) / (target − baseline) × 100, so a target
 * below the baseline (fewer hours used) works the same way; and its status against the straight path from 0 % on
 * the operation date to 100 % on the target date, at the date of the latest measurement.
 *
 * @param percent one decimal, half-up; null when nothing is measured
 */
public record Realisation(BigDecimal percent, RealisationStatus status, BigDecimal latestValue, LocalDate latestOn) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Realisation NOT_REPORTED = new Realisation(null, RealisationStatus.NOT_REPORTED, null, null);

    /**
     * @param latestValue the latest measured value (null: none yet)
     * @param operationDate when the project went into operation (null: not yet; then only "achieved" or "on track")
     */
    public static Realisation of(BigDecimal baseline, BigDecimal target, BigDecimal latestValue, LocalDate latestOn,
            LocalDate operationDate, LocalDate targetDate) {
        if (latestValue == null) {
            return NOT_REPORTED;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            throw new IllegalArgumentException("A target equal to its baseline has nothing to realise");
        }
        BigDecimal percent = latestValue.subtract(baseline).multiply(HUNDRED).divide(span, 1, RoundingMode.HALF_UP);
        RealisationStatus status;
        if (percent.compareTo(HUNDRED) >= 0) {
            status = RealisationStatus.ACHIEVED;
        } else {
            status = percent.compareTo(expected(latestOn, operationDate, targetDate)) >= 0 ? RealisationStatus.ON_TRACK
                    : RealisationStatus.BEHIND;
        }
        return new Realisation(percent, status, latestValue, latestOn);
    }

    /**
     * Each benefit target's realisation, by target id, from its latest measurement with a value that is not replaced
     * ({@code measurements} in the order they were measured).
     *
     * @param operationDate when the project went into operation (null: not yet)
     */
    public static Map<Long, Realisation> ofTargets(List<BenefitTarget>
            targets, List<Measurement> measurements, LocalDate operationDate) {
        Map<Long, List<Measurement>> byTarget = measurements.stream()
                .filter(m -> !m.isReplaced() && m.getValue() != null)
                .collect(Collectors.groupingBy(m -> m.getTarget().getId()));
        return targets.stream().collect(Collectors.toMap(
                BenefitTarget::getId, target -> {
                    List<Measurement> measured = byTarget.getOrDefault(target.getId(), List.of());
                    Measurement latest = measured.isEmpty() ? null : measured.getLast();
                    return latest == null || target.getBaseline() == null || target.getTarget() == null
                            ? NOT_REPORTED
                            : of(target.getBaseline(), target.getTarget(), latest.getValue(), latest.getMeasuredOn(),
                                    operationDate, target.getTargetDate());
                }));
    }

    /** The straight path: 0 % at operation, 100 % at the target date, in between by days. */
    static BigDecimal expected(LocalDate on, LocalDate operationDate, LocalDate targetDate) {
        if (operationDate == null || targetDate == null || !on.isAfter(operationDate)) {
            return BigDecimal.ZERO;
        }
        if (!on.isBefore(targetDate) || !targetDate.isAfter(operationDate)) {
            return HUNDRED;
        }
        long total = ChronoUnit.DAYS.between(operationDate, targetDate);
        long passed = ChronoUnit.DAYS.between(operationDate, on);
        return BigDecimal.valueOf(passed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
