package no.gevinst.applications.boundary;

import no.gevinst.platform.entity.Money;
import java.time.LocalDate;
import no.gevinst.applications.entity.PlannedMilestone;

/**
 * A milestone of a payment plan: the applicant's, or the one recommended, which says whether it is a decision point
 * (the applicant's leaves {@code decisionPoint} out).
 */
public record MilestoneView(long id, String title, LocalDate dueDate, Money amount, Boolean decisionPoint) {

    public static MilestoneView of(PlannedMilestone milestone) {
        return new MilestoneView(milestone.getId(), milestone.getTitle(), milestone.getDueDate(),
                milestone.getAmount(), null);
    }
}
