package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.gevinst.payments.entity.GateDecision;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.platform.rest.JsonValues;

/** A milestone of the grant's payment plan and where it is; at a decision point, the approver's decision. */
@JsonbNillable
public record GrantMilestoneView(long id, String title, LocalDate dueDate, Money amount, MilestoneStatus status,
        LocalDate completedOn, String description, String reportedBy, String verifiedBy, String sendBackReason,
        boolean decisionPoint, boolean awaitsDecision, GateDecision gateDecision, String gateDecidedBy,
        OffsetDateTime gateDecidedAt, String gateText) {

    public static GrantMilestoneView of(GrantMilestone m) {
        return new GrantMilestoneView(m.getId(), m.getTitle(), m.getDueDate(), m.getAmount(),
                m.getStatus(), m.getCompletedOn(), m.getDescription(), m.getReportedBy(), m.getVerifiedBy(),
                m.getSendBackReason(), m.isDecisionPoint(), m.awaitsDecision(), m.getGateDecision(),
                m.getGateDecidedBy(), JsonValues.time(m.getGateDecidedAt()), m.getGateText());
    }
}
