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
 * What a budget year has committed. Every decision that commits money locks this row first, so that two approvers
 * deciding at the same moment cannot both take the last room under the frame.
 */
@Entity
@Table(name = "budget_year")
public class BudgetYear implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "budget_year")
    private int year;

    @Column(name = "committed", nullable = false, precision = 15, scale = 2)
    private Money committed = Money.ZERO;

    @Version
    private long version;

    protected BudgetYear() {
    }

    public BudgetYear(int year) {
        this.year = year;
    }

    /** Commits {@code amount} under {@code frame}, or refuses and commits nothing. */
    public void commit(Money amount, Money frame) {
        Money after = committed.plus(amount);
        if (after.isGreaterThan(frame)) {
            throw new DomainException("decision.capExceeded", amount.amount(), frame.minus(committed).amount(), year);
        }
        committed = after;
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
