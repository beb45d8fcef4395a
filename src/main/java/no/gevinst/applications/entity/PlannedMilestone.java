package no.gevinst.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import no.gevinst.platform.entity.Money;

/** A milestone as the applicant plans it; the grant's payment plan is decided separately. */
@Entity
@Table(name = "planned_milestone")
public class PlannedMilestone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planned_milestone_seq")
    @SequenceGenerator(name = "planned_milestone_seq", sequenceName = "planned_milestone_seq", allocationSize = 50)
    private Long id;

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", length = 300)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "amount", precision = 15, scale = 2)
    private Money amount;

    protected PlannedMilestone() {
    }

    PlannedMilestone(Application application, int position, Instalment planned) {
        this.application = application;
        this.position = position;
        this.title = Application.trimmed(planned.title());
        this.dueDate = planned.dueDate();
        this.amount = planned.amount();
    }

    Instalment content() {
        return new Instalment(title, dueDate, amount);
    }

    public Long getId() {
        return id;
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
