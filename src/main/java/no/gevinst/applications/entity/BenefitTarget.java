package no.gevinst.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A benefit target (gevinstmål) stated in an application: what will be measured, from where, to where, by when. */
@Entity
@Table(name = "benefit_target")
public class BenefitTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benefit_target_seq")
    @SequenceGenerator(name = "benefit_target_seq", sequenceName = "benefit_target_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "indicator", length = 300)
    private String indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30)
    private BenefitKind kind;

    @Column(name = "unit", length = 60)
    private String unit;

    @Column(name = "baseline", precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(name = "target", precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "owner", length = 200)
    private String owner;

    protected BenefitTarget() {
    }

    BenefitTarget(Application application, int position, ApplicationContent.Target stated) {
        this.application = application;
        this.position = position;
        this.indicator = Application.trimmed(stated.indicator());
        this.kind = stated.kind();
        this.unit = Application.trimmed(stated.unit());
        this.baseline = stated.baseline();
        this.target = stated.target();
        this.targetDate = stated.targetDate();
        this.owner = Application.trimmed(stated.owner());
    }

    ApplicationContent.Target content() {
        return new ApplicationContent.Target(indicator, kind, unit, plain(baseline), plain(target), targetDate, owner);
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

    public Long getId() {
        return id;
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
