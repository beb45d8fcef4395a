package no.gevinst.payments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * A version of a grant's plan as it stood: the granted amount, the operation deadline and every milestone with its
 * status then. Version 1 is the plan as granted, kept when the first change is approved; each approved change
 * adds the next. Never changed once written.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    private Long applicationId;

    private int number;

    private Money amount;

    private LocalDate operationDeadline;

    private Long changeRequestId;

    private String madeBy;

    private Instant madeAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_version_line", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderBy("position")
    private List<PlanVersionLine> milestones = new ArrayList<>();

    protected PlanVersion() {
    }

    /** The grant's plan as it stands now, as version {@code number}. */
    public PlanVersion(Grant grant, int number, Long changeRequestId, String madeBy, Instant madeAt) {
        this.applicationId = grant.getApplicationId();
        this.number = number;
        this.amount = grant.getAmount();
        this.operationDeadline = grant.getOperation().getDeadline();
        this.changeRequestId = changeRequestId;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        grant.getMilestones().stream().filter(m -> m.getStatus() != MilestoneStatus.REMOVED)
                .forEach(m -> milestones.add(new PlanVersionLine(m)));
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getNumber() {
        return number;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getOperationDeadline() {
        return operationDeadline;
    }

    public Long getChangeRequestId() {
        return changeRequestId;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public List<PlanVersionLine> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }
}
