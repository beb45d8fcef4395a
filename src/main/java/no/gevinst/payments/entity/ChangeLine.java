package no.gevinst.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import no.gevinst.platform.entity.Money;

/** A milestone of a change request's plan as stored: the milestone it changes (none for a new one) and its line. */
@Embeddable
public class ChangeLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private int position;

    @Column(name = "milestone_id")
    private Long milestoneId;

    private String title;

    private LocalDate dueDate;

    private Money amount;

    protected ChangeLine() {
    }

    ChangeLine(int position, PlanChange.Line line) {
        this.position = position;
        this.milestoneId = line.milestoneId();
        this.title = line.title() == null ? null : line.title().strip();
        this.dueDate = line.dueDate();
        this.amount = line.amount();
    }

    PlanChange.Line line() {
        return new PlanChange.Line(milestoneId, title, dueDate, amount);
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
}
