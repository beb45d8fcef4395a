package no.gevinst.assessment.entity;

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
import no.gevinst.applications.entity.Instalment;
import no.gevinst.platform.entity.Money;

/** A milestone of the payment plan a grant is recommended and decided with. */
@Entity
@Table(name = "plan_milestone")
public class PlanMilestone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_milestone_seq")
    @SequenceGenerator(name = "plan_milestone_seq", sequenceName = "plan_milestone_seq", allocationSize = 50)
    private Long id;

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Assessment assessment;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
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
