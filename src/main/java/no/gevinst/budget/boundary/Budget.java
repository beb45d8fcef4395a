package no.gevinst.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.payments.entity.PaymentKind;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.entity.Money;
import no.gevinst.security.entity.Role;

/**
 * A budget year's money: the frame, what is committed, what is left, and what its grants have paid, hold back,
 * released and forfeited. Sums are taken in the database, so the figures cost the same at any number of payments.
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
        Money paid = sum("select sum(p.net) from Payment p where p.grant.budgetYear = :year and p.status <> :rejected",
                year, false);
        Money withheld = sum("select sum(p.withheld) from Payment p where p.grant.budgetYear = :year"
                + " and p.status <> :rejected", year, false);
        Money released = sum("select sum(p.net) from Payment p where p.grant.budgetYear = :year"
                + " and p.status <> :rejected and p.kind = :release", year, true);
        Money forfeited = sum("select sum(g.forfeited) from Grant g where g.budgetYear = :year", year, false);
        return new YearFigures(year, frame, committed, frame.minus(committed), paid,
                withheld.minus(released).minus(forfeited), released, forfeited);
    }

    private Money sum(String jpql, int year, boolean releases) {
        var query = em.createQuery(jpql).setParameter("year", year);
        if (jpql.contains(":rejected")) {
            query.setParameter("rejected", PaymentStatus.REJECTED);
        }
        if (releases) {
            query.setParameter("release", PaymentKind.RELEASE);
        }
        Object sum = query.getSingleResult();
        if (sum == null) {
            return Money.ZERO;
        }
        return sum instanceof Money money ? money : Money.of((BigDecimal) sum);
    }
}
