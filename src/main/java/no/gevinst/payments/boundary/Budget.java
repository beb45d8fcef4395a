package no.gevinst.payments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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

    private static Money money(Object sum) {
        return sum == null ? Money.ZERO : Money.of(sum instanceof BigDecimal decimal ? decimal
                : new BigDecimal(sum.toString()));
    }
}
