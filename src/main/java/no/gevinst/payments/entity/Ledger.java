package no.gevinst.payments.entity;

import java.util.List;
import no.gevinst.platform.entity.Money;

/**
 * A grant's money, to the øre; see reports/README.md for what each figure means. Computed from the grant's
 * milestones and payments, never stored twice: only what was forfeited and freed is kept on the grant.
 */
public record Ledger(Money granted, Money paid, Money withheldOutstanding, Money released, Money forfeited,
        Money notYetDue, Money freed) {

    /**
     * The ledger of a grant of {@code granted}: paid, withheld and released from the payments that count (not
     * rejected), not yet due from the milestones neither verified nor freed.
     */
    static Ledger of(Money granted, List<GrantMilestone> milestones, List<Payment> payments, Money forfeited,
            Money freed) {
        Money paid = Money.ZERO;
        Money withheld = Money.ZERO;
        Money released = Money.ZERO;
        for (Payment payment : payments) {
            if (payment.counts()) {
                paid = paid.plus(payment.getNet());
                withheld = withheld.plus(payment.getWithheld());
                if (payment.getKind() == PaymentKind.RELEASE) {
                    released = released.plus(payment.getNet());
                }
            }
        }
        Money notYetDue = milestones.stream().filter(GrantMilestone::isUnpaid).map(GrantMilestone::getAmount)
                .reduce(Money.ZERO, Money::plus);
        return new Ledger(granted, paid, withheld.minus(released).minus(forfeited), released, forfeited, notYetDue,
                freed);
    }

    /** The money rule: every krone of the grant is in exactly one place. */
    public boolean balances() {
        return paid.plus(withheldOutstanding).plus(forfeited).plus(notYetDue).plus(freed).compareTo(granted) == 0;
    }
}
