package no.gevinst.applications.web;

import no.gevinst.applications.boundary.BenefitTargetRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.applications.entity.BenefitTarget;

/**
 * One benefit target as a form holds it: all of it in the municipality's application form, its value and date in the
 * case handler's adjustment of the targets.
 */
public class TargetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long targetId;
    private String indicator;
    private String kind;
    private String unit;
    private BigDecimal baseline;
    private LocalDate baselineDate;
    private BigDecimal target;
    private LocalDate targetDate;
    private String owner;

    /** A new, empty row. */
    public TargetRow() {
    }

    /** A row showing a stated target. */
    public static TargetRow of(BenefitTarget stated) {
        TargetRow row = new TargetRow();
        row.targetId = stated.getId();
        row.indicator = stated.getIndicator();
        row.kind = stated.getKind() == null ? null : stated.getKind().name();
        row.unit = stated.getUnit();
        row.baseline = stated.getBaseline();
        row.baselineDate = stated.getBaselineDate();
        row.target = stated.getTarget();
        row.targetDate = stated.getTargetDate();
        row.owner = stated.getOwner();
        return row;
    }

    /** Whether nothing has been typed in the row. */
    public boolean isBlank() {
        return isBlank(indicator) && isBlank(kind) && isBlank(unit) && baseline == null && baselineDate == null
                && target == null && targetDate == null && isBlank(owner);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The row as the API's request for a benefit target says it, to be read the same way. */
    public BenefitTargetRequest request() {
        var request = new BenefitTargetRequest();
        request.indicator = indicator;
        request.kind = kind;
        request.unit = unit;
        request.baseline = baseline;
        request.baselineDate = baselineDate;
        request.target = target;
        request.targetDate = targetDate;
        request.owner = owner;
        return request;
    }

    /** The id of the stated target the row shows; null for a new row. */
    public Long getTargetId() {
        return targetId;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
