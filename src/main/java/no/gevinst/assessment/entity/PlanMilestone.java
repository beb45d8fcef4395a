package no.gevinst.assessment.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.applications.entity.PlanLine;

/**
 * A milestone of the payment plan a grant is recommended and decided with; the case handler may mark it a decision
 * point.
 */
@Entity
@Table(name = "plan_milestone")
public class PlanMilestone extends PlanLine {

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Assessment assessment;

    private boolean decisionPoint;

    protected PlanMilestone() {
    }

    PlanMilestone(Assessment assessment, int position, Instalment item) {
        super(position, item);
        this.assessment = assessment;
        this.decisionPoint = item.decisionPoint();
    }

    @Override
    public Instalment instalment() {
        return new Instalment(getTitle(), getDueDate(), getAmount(), decisionPoint);
    }

    public boolean isDecisionPoint() {
        return decisionPoint;
    }
}
