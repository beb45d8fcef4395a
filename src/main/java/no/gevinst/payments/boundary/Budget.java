package no.gevinst.payments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Role;

/**
 * A budget year's money: the frame, what is committed, what is left, and what its grants have paid, hold back,
 * released and forfeited. Sums are taken in the database, over the view {@code grant_ledger} that defines each grant's
 * figures once (migration V19), so the figures cost the same at any number of payments.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class Budget {

    /** The figures of a budget year; see reports/README.md for what each means. */
    public record YearFigures(int year, Money frame, Money committed, Money available, Money paid,
            Money withheldOutstanding, Money released, Money forfeited) {

        /** What the grants have committed and not yet paid: the part of the frame between paid and available. */
        public Money committedUnpaid() {
            return committed.minus(paid);
        }
    }

    @Inject
    BudgetYears budgetYears;

    @PersistenceContext
    EntityManager em;

    /** Whether a call was ever made for the year; any other year has no budget to show. */
    public boolean isBudgetYear(int year) {
        return em.createQuery("select count(c) from Call c where c.budgetYear = :year", Long.class)
                .setParameter("year", year).getSingleResult() > 0 || em.find(BudgetYear.class, year) != null;
    }

    public YearFigures year(int year) {
        Money frame = budgetYears.frame(year);
        Money committed = budgetYears.committed(year);
        Object[] sums = (Object[]) em.createNativeQuery("select sum(paid), sum(withheld_outstanding), sum(released),"
                + " sum(forfeited) from grant_ledger where budget_year = ?1").setParameter(1, year).getSingleResult();
        return new YearFigures(year, frame, committed, frame.minus(committed), money(sums[0]), money(sums[1]),
                money(sums[2]), money(sums[3]));
    }

    /**
     * Every budget year's figures, oldest first, each as {@link #year} has them; in three queries whatever the number
     * of years.
     */
    public List<YearFigures> years() {
        Map<Integer, Money> frames = budgetYears.frames();
        Map<Integer, Money> committed = budgetYears.committedByYear();
        Map<Integer, Object[]> ledger = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select budget_year, sum(paid), sum(withheld_outstanding),"
                + " sum(released), sum(forfeited) from grant_ledger group by budget_year").getResultList();
        rows.forEach(row -> ledger.put(((Number) row[0]).intValue(), row));
        SortedSet<Integer> years = new TreeSet<>(frames.keySet());
        years.addAll(committed.keySet());
        return years.stream().map(year -> {
            Money frame = frames.getOrDefault(year, Money.ZERO);
            Money yearCommitted = committed.getOrDefault(year, Money.ZERO);
            Object[] sums = ledger.getOrDefault(year, new Object[5]);
            return new YearFigures(year, frame, yearCommitted, frame.minus(yearCommitted), money(sums[1]),
                    money(sums[2]), money(sums[3]), money(sums[4]));
        }).toList();
    }

    private static Money money(Object sum) {
        return sum == null ? Money.ZERO : Money.of(sum instanceof BigDecimal decimal ? decimal
                : new BigDecimal(sum.toString()));
    }
}
