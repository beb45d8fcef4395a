package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.MilestoneStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone of the grant's payment plan and where it is. */
@JsonbNillable
public record GrantMilestoneView(
        @Schema(description = "The milestone's id") long id,
        @Schema(description = "What the milestone delivers") String title,
        @Schema(description = "When the milestone is due") LocalDate dueDate,
        @Schema(description = "The milestone's part of the grant, before the withheld part is taken off")
        Money amount,
        @Schema(description = "Where the milestone is: planned, reported, verified, or freed") MilestoneStatus status,
        @Schema(description = "When the municipality reported it completed") LocalDate completedOn,
        @Schema(description = "What the municipality reported delivered") String description,
        @Schema(description = "The user who reported it") String reportedBy,
        @Schema(description = "The case handler who verified it") String verifiedBy,
        @Schema(description = "Why it was last sent back to the municipality") String sendBackReason) {

    public static GrantMilestoneView of(GrantMilestone m) {
        return new GrantMilestoneView(m.getId(), m.getTitle(), m.getDueDate(), m.getAmount(),
                m.getStatus(), m.getCompletedOn(), m.getDescription(), m.getReportedBy(), m.getVerifiedBy(),
                m.getSendBackReason());
    }
}
