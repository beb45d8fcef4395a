package no.gevinst.budget.entity;

import no.gevinst.platform.entity.Money;

/**
 * A call's frame and what its grants have committed (granted less freed and forfeited), read under its budget year's
 * lock: a decision must fit within it as well as within the year's cap.
 */
public record CallFrame(long callId, String title, Money frame, Money committed) {

    /** What is left under the frame; nothing, never less. */
    public Money room() {
        return frame.isGreaterThan(committed) ? frame.minus(committed) : Money.ZERO;
    }

    public boolean holds(Money amount) {
        return !committed.plus(amount).isGreaterThan(frame);
    }
}
