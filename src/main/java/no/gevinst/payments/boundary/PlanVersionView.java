package no.gevinst.payments.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.payments.entity.PlanVersion;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.rest.JsonValues;

/** A version of a grant's plan as it stood: amount, operation deadline and milestones with their status then. */
@JsonbNillable
public record PlanVersionView(int number, Money amount, LocalDate operationDeadline, Long changeRequestId,
        String madeBy, OffsetDateTime madeAt, List<PlanVersionMilestone> milestones) {

    /** A milestone of the version. */
    public record PlanVersionMilestone(long milestoneId, String title, LocalDate dueDate, Money amount,
            boolean decisionPoint,
            MilestoneStatus status) {
    }

    public static PlanVersionView of(PlanVersion v) {
        return new PlanVersionView(v.getNumber(), v.getAmount(), v.getOperationDeadline(), v.getChangeRequestId(),
                v.getMadeBy(), JsonValues.time(v.getMadeAt()), v.getMilestones().stream()
                        .map(m -> new PlanVersionMilestone(m.getMilestoneId(), m.getTitle(), m.getDueDate(), m.getAmount(),
                                m.isDecisionPoint(), m.getStatus())).toList());
    }
}
