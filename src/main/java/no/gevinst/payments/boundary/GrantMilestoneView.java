package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.MilestoneStatus;

/** A milestone of the grant's payment plan and where it is. */
@JsonbNillable
public record GrantMilestoneView(long id, String title, LocalDate dueDate, Money amount, MilestoneStatus status,
        LocalDate completedOn, String description, String reportedBy, String verifiedBy, String sendBackReason) {

    public static GrantMilestoneView of(GrantMilestone m) {
        return new GrantMilestoneView(m.getId(), m.getTitle(), m.getDueDate(), m.getAmount(),
                m.getStatus(), m.getCompletedOn(), m.getDescription(), m.getReportedBy(), m.getVerifiedBy(),
                m.getSendBackReason());
    }
}
