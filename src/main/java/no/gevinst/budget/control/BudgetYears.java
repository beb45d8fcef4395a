package no.gevinst.budget.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.calls.entity.CallRevised;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.persistence.LockedRows;

/**
 * The budget years' committed sums, locked for the length of the deciding transaction, and their frames.
 */
@Stateless
public class BudgetYears {

    @PersistenceContext
    EntityManager em;

    @Inject
    LockedRows rows;

    /** The year's row, locked (SELECT … FOR UPDATE) until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public BudgetYear locked(int year) {
        return rows.locked(BudgetYear.class, year, () -> new BudgetYear(year));
    }

    /**
     * A revised call's budget years must still hold what they have committed: each year's row is locked (in ascending
     * order, as any two revisions lock them) so that no decision commits more while the frame changes. Called before
     * the other observers, which read what the call itself committed under this lock.
     */
    public void refuseFrameBelowCommitted(@Observes @Priority(1) CallRevised revision) {
        for (int year : new TreeSet<>(List.of(revision.budgetYearBefore(), revision.budgetYear()))) {
            Money committed = locked(year).getCommitted();
            if (committed.isGreaterThan(frame(year))) {
                throw new DomainException("call.frameBelowCommitted", committed.amount(), year);
            }
        }
    }

    /** The year's frame: the frames of its calls together. */
    public Money frame(int year) {
        return em.createQuery("select c.frame from Call c where c.budgetYear = :year", Money.class)
                .setParameter("year", year).getResultStream().reduce(Money.ZERO, Money::plus);
    }

    /** Every budget year's frame, by year: {@link #frame} of each year that has a call. */
    public Map<Integer, Money> frames() {
        Map<Integer, Money> frames = new TreeMap<>();
        em.createQuery("select c.budgetYear, c.frame from Call c", Object[].class).getResultStream()
                .forEach(row -> frames.merge((Integer) row[0], (Money) row[1], Money::plus));
        return frames;
    }

    /** Every budget year's committed sum, by year: {@link #committed} of each year that has committed anything. */
    public Map<Integer, Money> committedByYear() {
        Map<Integer, Money> committed = new TreeMap<>();
        em.createQuery("select b from BudgetYear b", BudgetYear.class).getResultStream()
                .forEach(b -> committed.put(b.getYear(), b.getCommitted()));
        return committed;
    }

    public Money committed(int year) {
        BudgetYear budgetYear = em.find(BudgetYear.class, year);
        return budgetYear == null ? Money.ZERO : budgetYear.getCommitted();
    }
}
