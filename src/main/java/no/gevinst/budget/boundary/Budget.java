package no.gevinst.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.platform.entity.Money;
import no.gevinst.security.entity.Role;

/** A budget year's money: the frame, what is committed, what is left. */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class Budget {

    /** The figures of a budget year; see reports/README.md for what each means. */
    public record YearFigures(int year, Money frame, Money committed, Money available) {
    }

    @Inject
    BudgetYears budgetYears;

    public YearFigures year(int year) {
        Money frame = budgetYears.frame(year);
        Money committed = budgetYears.committed(year);
        return new YearFigures(year, frame, committed, frame.minus(committed));
    }
}
