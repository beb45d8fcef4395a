package no.gevinst.applications.boundary;

import java.time.LocalDate;
import no.gevinst.applications.entity.PlannedMilestone;
import no.gevinst.platform.rest.JsonValues;

/** A milestone of a payment plan: the applicant's, or the one recommended. */
public record MilestoneView(long id, String title, LocalDate dueDate, String amount) {

    public static MilestoneView of(PlannedMilestone milestone) {
        return new MilestoneView(milestone.getId(), milestone.getTitle(), milestone.getDueDate(),
                JsonValues.amount(milestone.getAmount()));
    }
}
