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

/** The grant as decided and the municipality's answer; {@code freed} is what went back to the frame. */
@JsonbNillable
public record GrantView(Money amount, int budgetYear, BigDecimal withheldPercent, String decidedBy,
        OffsetDateTime decidedAt, LocalDate acceptanceDeadline, LocalDate operationDeadline, String answeredBy,
        OffsetDateTime answeredAt, Money paid, Money withheldOutstanding, Money released, Money forfeited,
        Money notYetDue, Money freed, LocalDate inOperationSince, String operationConfirmedBy, String endReason,
        List<GrantMilestoneView> milestones, List<PaymentView> payments) {

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
