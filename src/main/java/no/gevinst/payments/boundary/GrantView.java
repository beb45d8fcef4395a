package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.Ledger;
import no.gevinst.platform.rest.JsonValues;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grant as decided and the municipality's answer; {@code freed} is what went back to the frame. */
@JsonbNillable
public record GrantView(
        @Schema(description = "The amount granted") Money amount,
        @Schema(description = "The budget year the grant is committed in") int budgetYear,
        @Schema(description = "The share of every milestone payment withheld until operation, in per cent")
        BigDecimal withheldPercent,
        @Schema(description = "The approver who decided the grant") String decidedBy,
        @Schema(description = "When the grant was decided") OffsetDateTime decidedAt,
        @Schema(description = "The last day the municipality may accept the grant") LocalDate acceptanceDeadline,
        @Schema(description = "The day the project is to be in operation by; after it and the scheme's grace period the"
                + " grant expires")
        LocalDate operationDeadline,
        @Schema(description = "The municipality's user who accepted or declined the grant") String answeredBy,
        @Schema(description = "When the grant was accepted or declined") OffsetDateTime answeredAt,
        @Schema(description = "Every payment created and not rejected (proposed, approved or sent), releases included")
        Money paid,
        @Schema(description = "Withheld money not yet released or forfeited") Money withheldOutstanding,
        @Schema(description = "Withheld money paid out when the project was confirmed in operation (part of paid)")
        Money released,
        @Schema(description = "Withheld money the project will never get: it was cancelled or expired first")
        Money forfeited,
        @Schema(description = "What the milestones not yet verified amount to") Money notYetDue,
        @Schema(description = "What the milestones that will never be paid amount to (the grant lapsed, was cancelled,"
                + " expired or closed): back to the frame")
        Money freed,
        @Schema(description = "Since when the project is in operation, as the municipality reported")
        LocalDate inOperationSince,
        @Schema(description = "The case handler who confirmed the operation") String operationConfirmedBy,
        @Schema(description = "Why the grant ended early (cancelled or expired); null while it runs or once closed")
        String endReason,
        @Schema(description = "The grant's payment plan and where each milestone is")
        List<GrantMilestoneView> milestones,
        @Schema(description = "The grant's payments, rejected ones included") List<PaymentView> payments) {

    public static GrantView of(Grant grant) {
        Ledger ledger = grant.ledger();
        return new GrantView(grant.getAmount(), grant.getBudgetYear(), grant.getWithheldPercent(),
                grant.getDecidedBy(), JsonValues.time(grant.getDecidedAt()), grant.getAnswer().getDeadline(),
                grant.getOperation().getDeadline(), grant.getAnswer().getAnsweredBy(), JsonValues.time(grant.getAnswer().getAnsweredAt()),
                ledger.paid(), ledger.withheldOutstanding(),
                ledger.released(), ledger.forfeited(),
                ledger.notYetDue(), ledger.freed(),
                grant.getOperation().getSince(), grant.getOperation().getConfirmedBy(), grant.getEnding().getReason(),
                grant.getMilestones().stream().map(GrantMilestoneView::of).toList(),
                grant.getPayments().stream().map(PaymentView::of).toList());
    }
}
