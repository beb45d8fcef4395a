package no.gevinst.benefits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Violation;

/**
 * A reported value of a benefit target's indicator at a date, or an explicit "not measured" with the reason. It is
 * never changed: a correction is a new measurement that replaces it, and the old one is kept, marked replaced.
 */
@Entity
@Table(name = "benefit_measurement")
public class Measurement extends SequencedEntity {

    public static final String LABELS = "measurement.field";

    private static final BigDecimal LARGEST = new BigDecimal("999999999999999");

    /** What the municipality reports. */
    public record Report(LocalDate measuredOn, BigDecimal value, String notMeasuredReason, String comment) {

        List<Violation> violations(LocalDate today) {
            List<Violation> violations = new ArrayList<>();
            if (measuredOn == null) {
                violations.add(Violation.of("measuredOn", "validation.required"));
            } else if (measuredOn.isAfter(today)) {
                violations.add(Violation.of("measuredOn", "validation.measurement.inFuture"));
            }
            boolean reason = notMeasuredReason != null && !notMeasuredReason.isBlank();
            if ((value == null) == !reason) {
                violations.add(Violation.of("value", "validation.measurement.valueOrReason"));
            } else if (value != null && (value.stripTrailingZeros().scale() > 4 || value.abs().compareTo(LARGEST) > 0)) {
                violations.add(Violation.of("value", "validation.decimals", 4));
            }
            if (reason && notMeasuredReason.length() > 2000) {
                violations.add(Violation.of("notMeasuredReason", "validation.tooLong", 2000));
            }
            if (comment != null && comment.length() > 2000) {
                violations.add(Violation.of("comment", "validation.tooLong", 2000));
            }
            return violations;
        }
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "benefit_target_id")
    private BenefitTarget target;

    private Long applicationId;

    private LocalDate measuredOn;

    @Column(name = "measured_value", precision = 19, scale = 4)
    private BigDecimal value;

    private String notMeasuredReason;

    private String comment;

    private String reportedBy;

    private Instant reportedAt;

    @OneToOne
    @JoinColumn(name = "replaces_id")
    private Measurement replaces;

    private boolean replaced;

    protected Measurement() {
    }

    private Measurement(BenefitTarget target, Report report, String username, Instant now) {
        this.target = target;
        this.applicationId = target.getApplication().getId();
        this.measuredOn = report.measuredOn();
        this.value = report.value();
        this.notMeasuredReason = blankToNull(report.notMeasuredReason());
        this.comment = blankToNull(report.comment());
        this.reportedBy = username;
        this.reportedAt = now;
    }

    public static Measurement report(BenefitTarget target, Report report, String username, Instant now,
            LocalDate today) {
        InvalidInputException.throwIfAny(report.violations(today), LABELS);
        return new Measurement(target, report, username, now);
    }

    /** A new measurement replacing this one; this one is kept, marked replaced. */
    public Measurement correctWith(Report report, String username, Instant now, LocalDate today) {
        if (replaced) {
            throw new DomainException("measurement.alreadyReplaced");
        }
        Measurement correction = report(target, report, username, now, today);
        correction.replaces = this;
        this.replaced = true;
        return correction;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public BenefitTarget getTarget() {
        return target;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    /** The value, without the trailing zeros of the column's four decimals; null when not measured. */
    public BigDecimal getValue() {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0)
                : value.stripTrailingZeros();
    }

    public String getNotMeasuredReason() {
        return notMeasuredReason;
    }

    public String getComment() {
        return comment;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Measurement getReplaces() {
        return replaces;
    }

    public boolean isReplaced() {
        return replaced;
    }
}
