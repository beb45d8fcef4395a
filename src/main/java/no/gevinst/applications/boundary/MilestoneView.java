package no.gevinst.applications.boundary;

import no.gevinst.platform.entity.Money;
import java.time.LocalDate;
import no.gevinst.applications.entity.PlannedMilestone;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone of a payment plan: the applicant's, or the one recommended. */
public record MilestoneView(
        @Schema(description = "The milestone's id") long id,
        @Schema(description = "What the milestone delivers") String title,
        @Schema(description = "When the milestone is due") LocalDate dueDate,
        @Schema(description = "The milestone's part of the grant, before the withheld part is taken off")
        Money amount) {

    public static MilestoneView of(PlannedMilestone milestone) {
        return new MilestoneView(milestone.getId(), milestone.getTitle(), milestone.getDueDate(),
                milestone.getAmount());
    }
}
