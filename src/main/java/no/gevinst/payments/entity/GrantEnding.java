package no.gevinst.payments.entity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import no.gevinst.platform.entity.Money;

/**
 * How a grant ended (closed, lapsed, or ended early, cancelled or expired, with a reason; empty while it runs) and
 * what it gave back to the budget year's frame: the milestones freed and the withheld money forfeited.
 */
@Embeddable
public class GrantEnding implements Serializable {

    private static final long serialVersionUID = 1L;

    private String endedBy;

    private Instant endedAt;

    private String endReason;

    private Money freed = Money.ZERO;

    private Money forfeited = Money.ZERO;

    protected GrantEnding() {
    }

    /** Closed by {@code endedBy}, or ended early for {@code reason} (null for a grant closed when fulfilled). */
    void ended(String endedBy, Instant endedAt, String reason) {
        this.endedBy = endedBy;
        this.endedAt = endedAt;
        this.endReason = reason;
    }

    /** Frees every milestone not yet paid; returns what that gives back. */
    Money freeUnpaid(List<GrantMilestone> milestones) {
        Money freedNow = milestones.stream().map(GrantMilestone::free).reduce(Money.ZERO, Money::plus);
        this.freed = this.freed.plus(freedNow);
        return freedNow;
    }

    /** Forfeits the withheld money outstanding and frees the unpaid milestones; returns the two together. */
    Money forfeitAndFree(Money withheldOutstanding, List<GrantMilestone> milestones) {
        this.forfeited = this.forfeited.plus(withheldOutstanding);
        return freeUnpaid(milestones).plus(withheldOutstanding);
    }

    /**
     * A payment rejected after the grant ended early: its milestone is freed, and its withheld part, which was
     * forfeited, is freed with it. Returns the payment's whole amount, which goes back.
     */
    Money rejectedAfterEnd(Payment payment) {
        this.forfeited = this.forfeited.minus(payment.getWithheld());
        this.freed = this.freed.plus(payment.getMilestone().free());
        return payment.getNet();
    }

    /** When the grant ended; null while it runs. */
    public Instant getEndedAt() {
        return endedAt;
    }

    public String getReason() {
        return endReason;
    }

    Money getFreed() {
        return freed;
    }

    Money getForfeited() {
        return forfeited;
    }
}
