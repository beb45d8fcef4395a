package no.gevinst.applications.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Money;

/** A milestone as the applicant plans it; the grant's payment plan is decided separately. */
@Entity
@Table(name = "planned_milestone")
public class PlannedMilestone extends SequencedEntity {

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    private int position;

    private String title;

    private LocalDate dueDate;

    private Money amount;

    protected PlannedMilestone() {
    }

    PlannedMilestone(Application application, int position, Instalment planned) {
        this.application = application;
        this.position = position;
        this.title = ApplicationContent.trimmed(planned.title());
        this.dueDate = planned.dueDate();
        this.amount = planned.amount();
    }

    Instalment content() {
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
