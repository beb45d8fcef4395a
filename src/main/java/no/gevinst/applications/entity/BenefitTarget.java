package no.gevinst.applications.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Violation;

/** A benefit target (gevinstmål) stated in an application: what will be measured, from where, to where, by when. */
@Entity
@Table(name = "benefit_target")
public class BenefitTarget extends SequencedEntity {

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    private int position;

    private String indicator;

    @Enumerated(EnumType.STRING)
    private BenefitKind kind;

    private String unit;

    private BigDecimal baseline;

    private LocalDate baselineDate;

    private BigDecimal target;

    private LocalDate targetDate;

    private String owner;

    protected BenefitTarget() {
    }

    BenefitTarget(Application application, int position, ApplicationContent.Target stated) {
        this.application = application;
        this.position = position;
        this.indicator = ApplicationContent.trimmed(stated.indicator());
        this.kind = stated.kind();
        this.unit = ApplicationContent.trimmed(stated.unit());
        this.baseline = stated.baseline();
        this.baselineDate = stated.baselineDate();
        this.target = stated.target();
        this.targetDate = stated.targetDate();
        this.owner = ApplicationContent.trimmed(stated.owner());
    }

    /** A case handler's new target value and date for one benefit target. */
    public record Adjustment(long targetId, BigDecimal target, LocalDate targetDate) {
    }

    /**
     * Adjusts {@code targets} as the case handler set them apart from what was applied for. All are checked before
     * any changes, and refused together with every violation; returns what changed, for the audit trail.
     */
    static List<String> adjustAll(List<BenefitTarget> targets, List<Adjustment> adjustments) {
        List<Violation> violations = new ArrayList<>();
        for (Adjustment adjustment : adjustments) {
            violations.addAll(find(targets, adjustment.targetId()).adjustmentViolations(adjustment));
        }
        InvalidInputException.throwIfAny(violations, Application.LABELS);
        List<String> changes = new ArrayList<>();
        adjustments.forEach(a -> find(targets, a.targetId()).adjust(a).ifPresent(changes::add));
        return changes;
    }

    private static BenefitTarget find(List<BenefitTarget> targets, long id) {
        return targets.stream().filter(t -> t.getId() == id).findFirst()
                .orElseThrow(() -> new DomainException("benefitTarget.unknown", id));
    }

    /** What is wrong with an adjustment, by the same rules the application's own targets follow. */
    List<Violation> adjustmentViolations(Adjustment adjustment) {
        String field = "benefitTargets[" + position + "].";
        List<Violation> violations = new ArrayList<>();
        if (adjustment.target() == null) {
            violations.add(Violation.of(field + "target", "validation.required"));
        } else if (adjustment.target().stripTrailingZeros().scale() > 4) {
            violations.add(Violation.of(field + "target", "validation.decimals", 4));
        } else if (baseline != null && adjustment.target().compareTo(baseline) == 0) {
            violations.add(Violation.of(field + "target", "validation.application.targetIsBaseline"));
        }
        if (adjustment.targetDate() == null) {
            violations.add(Violation.of(field + "targetDate", "validation.required"));
        } else if (baselineDate != null && !baselineDate.isBefore(adjustment.targetDate())) {
            violations.add(Violation.of(field + "targetDate", "validation.application.targetDateNotAfterBaseline"));
        }
        return violations;
    }

    /** Applies an adjustment already checked; says what changed, or nothing when it changes nothing. */
    Optional<String> adjust(Adjustment adjustment) {
        boolean sameTarget = target != null && target.compareTo(adjustment.target()) == 0;
        boolean sameDate = adjustment.targetDate().equals(targetDate);
        if (sameTarget && sameDate) {
            return Optional.empty();
        }
        String change = "target " + (position + 1) + " (" + indicator + "): "
                + (sameTarget ? "" : "target " + getTarget() + " -> " + adjustment.target().stripTrailingZeros()
                        .toPlainString() + (sameDate ? "" : ", "))
                + (sameDate ? "" : "target date " + targetDate + " -> " + adjustment.targetDate());
        this.target = adjustment.target();
        this.targetDate = adjustment.targetDate();
        return Optional.of(change);
    }

    ApplicationContent.Target content() {
        return new ApplicationContent.Target(indicator, kind, unit, plain(baseline), baselineDate, plain(target), targetDate,
                owner);
    }

    /** Without the trailing zeros the column's four decimals add: 12.5000 reads 12.5. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Application getApplication() {
        return application;
    }

    public int getPosition() {
        return position;
    }

    public String getIndicator() {
        return indicator;
    }

    public BenefitKind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return plain(baseline);
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public BigDecimal getTarget() {
        return plain(target);
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public String getOwner() {
        return owner;
    }
}
