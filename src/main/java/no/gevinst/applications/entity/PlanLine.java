package no.gevinst.applications.entity;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * One stored line of a payment plan: its place in the plan and its {@link Instalment}. The applicant's milestones,
 * the recommended plan and the grant's milestones are each one of these, in their own table.
 */
@MappedSuperclass
public abstract class PlanLine extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    private int position;

    private String title;

    private LocalDate dueDate;

    private Money amount;

    protected PlanLine() {
    }

    protected PlanLine(int position, Instalment instalment) {
        this.position = position;
        this.title = ApplicationContent.trimmed(instalment.title());
        this.dueDate = instalment.dueDate();
        this.amount = instalment.amount();
    }

    /** The line as a change of the plan makes it: its new place, title, due date and amount. */
    protected void revise(int newPosition, Instalment instalment) {
        this.position = newPosition;
        this.title = ApplicationContent.trimmed(instalment.title());
        this.dueDate = instalment.dueDate();
        this.amount = instalment.amount();
    }

    public Instalment instalment() {
        return new Instalment(title, dueDate, amount);
    }

    public int getPosition() {
        return position;
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
