package no.gevinst.assessment.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Money;

/** A milestone of the payment plan a grant is recommended and decided with. */
@Entity
@Table(name = "plan_milestone")
public class PlanMilestone extends SequencedEntity {

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Assessment assessment;

    private int position;

    private String title;

    private LocalDate dueDate;

    private Money amount;

    protected PlanMilestone() {
    }

    PlanMilestone(Assessment assessment, int position, Instalment item) {
        this.assessment = assessment;
        this.position = position;
        this.title = item.title().trim();
        this.dueDate = item.dueDate();
        this.amount = item.amount();
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
