package no.gevinst.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;

/**
 * What a budget year has committed. Every act that commits or frees money locks this row first, so that two approvers
 * deciding at the same moment cannot both take the last room under the year's frame or a call's.
 */
@Entity
@Table(name = "budget_year")
public class BudgetYear implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "budget_year")
    private int year;

    private Money committed = Money.ZERO;

    @Version
    private long version;

    protected BudgetYear() {
    }

    public BudgetYear(int year) {
        this.year = year;
    }

    /**
     * A decision's commitment: {@code amount} under the year's {@code frame} (its calls' frames together) and under
     * its call's frame, or refused, committing nothing, with the room left in whichever does not hold it (the year's
     * first: where a year has one call, the two are the same).
     */
    public void commit(Money amount, Money frame, CallFrame call) {
        requireRoom(amount, frame);
        if (!call.holds(amount)) {
            throw new DomainException("decision.callFrameExceeded", amount.amount(), call.room().amount(),
                    call.title());
        }
        committed = committed.plus(amount);
    }

    /** Commits {@code amount} under the year's {@code frame} alone, or refuses and commits nothing. */
    public void commit(Money amount, Money frame) {
        requireRoom(amount, frame);
        committed = committed.plus(amount);
    }

    private void requireRoom(Money amount, Money frame) {
        if (committed.plus(amount).isGreaterThan(frame)) {
            throw new DomainException("decision.capExceeded", amount.amount(), frame.minus(committed).amount(), year);
        }
    }

    /** Gives back room under the frame: a lapsed grant, or (later) the unpaid part of a cancelled one. */
    public void free(Money amount) {
        committed = committed.minus(amount);
    }

    public int getYear() {
        return year;
    }

    public Money getCommitted() {
        return committed;
    }
}
