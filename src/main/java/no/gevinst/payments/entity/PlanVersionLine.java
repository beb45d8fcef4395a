package no.gevinst.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import no.gevinst.platform.entity.Money;

/** A milestone in a version of the plan, as it stood then. */
@Embeddable
public class PlanVersionLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private int position;

    @Column(name = "milestone_id")
    private Long milestoneId;

    private String title;

    private LocalDate dueDate;

    private Money amount;

    private boolean decisionPoint;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status;

    protected PlanVersionLine() {
    }

    PlanVersionLine(GrantMilestone milestone) {
        this.position = milestone.getPosition();
        this.milestoneId = milestone.getId();
        this.title = milestone.getTitle();
        this.dueDate = milestone.getDueDate();
        this.amount = milestone.getAmount();
        this.decisionPoint = milestone.isDecisionPoint();
        this.status = milestone.getStatus();
    }

    public int getPosition() {
        return position;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Money getAmount() {
        return amount;
    }

    public boolean isDecisionPoint() {
        return decisionPoint;
    }

    public MilestoneStatus getStatus() {
        return status;
    }
}
