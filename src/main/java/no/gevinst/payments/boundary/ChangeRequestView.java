package no.gevinst.payments.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import no.gevinst.payments.entity.ChangeKind;
import no.gevinst.payments.entity.ChangeRequest;
import no.gevinst.payments.entity.ChangeStatus;
import no.gevinst.payments.entity.PlanChange;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.rest.JsonValues;

/** A change request: what was asked and why, the case handler's recommendation (and adjustment), the decision. */
@JsonbNillable
public record ChangeRequestView(long id, ChangeStatus status, Set<ChangeKind> kinds, String justification,
        String requestedBy, OffsetDateTime requestedAt, ChangeProposal requested, Boolean recommendApproval,
        String recommendation, String recommendedBy, OffsetDateTime recommendedAt, ChangeProposal adjustment,
        String decidedBy, OffsetDateTime decidedAt, String decisionComment, Integer planVersion) {

    /** A change as asked for or adjusted; a part left null stays as it is. */
    @JsonbNillable
    public record ChangeProposal(Money amount, LocalDate plannedOperationDate, List<ChangeLineView> milestones) {

        static ChangeProposal of(PlanChange change) {
            return change == null ? null : new ChangeProposal(change.amount(), change.plannedOperationDate(),
                    change.milestones() == null ? null : change.milestones().stream()
                            .map(l -> new ChangeLineView(l.milestoneId(), l.title(), l.dueDate(), l.amount())).toList());
        }
    }

    /** A milestone of a changed plan: an existing one ({@code id}) or a new one (no id). */
    @JsonbNillable
    public record ChangeLineView(Long id, String title, LocalDate dueDate, Money amount) {
    }

    public static ChangeRequestView of(ChangeRequest c) {
        return new ChangeRequestView(c.getId(), c.getStatus(), c.getKinds(), c.getJustification(), c.getRequestedBy(),
                JsonValues.time(c.getRequestedAt()), ChangeProposal.of(c.requested()), c.getRecommendApproval(),
                c.getRecommendation(), c.getRecommendedBy(), JsonValues.time(c.getRecommendedAt()),
                ChangeProposal.of(c.adjustment()), c.getDecidedBy(), JsonValues.time(c.getDecidedAt()),
                c.getDecisionComment(), c.getPlanVersion());
    }
}
