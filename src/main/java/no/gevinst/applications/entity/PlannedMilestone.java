package no.gevinst.applications.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A milestone as the applicant plans it; the grant's payment plan is decided separately. */
@Entity
@Table(name = "planned_milestone")
public class PlannedMilestone extends PlanLine {

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    protected PlannedMilestone() {
    }

    PlannedMilestone(Application application, int position, Instalment planned) {
        super(position, planned);
        this.application = application;
    }

}
