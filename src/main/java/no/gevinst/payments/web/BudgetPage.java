package no.gevinst.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.calls.entity.Call;
import no.gevinst.payments.boundary.Budget;
import no.gevinst.platform.entity.Page;

/** A budget year's frame, committed and available ({@code ?year=}); the newest year with a call when none is chosen. */
@Named
@ViewScoped
public class BudgetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Budget budget;

    @Inject
    Calls calls;

    @Inject
    FacesContext faces;

    private Integer year;

    public void load() {
        if (year == null) {
            getYears().stream().findFirst().ifPresent(newest -> year = newest);
        }
    }

    /** The budget years that have calls, the newest first. */
    public List<Integer> getYears() {
        return allCalls().stream().map(Call::getBudgetYear).distinct().sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    public List<Call> getCallsOfYear() {
        return allCalls().stream().filter(call -> year != null && call.getBudgetYear() == year).toList();
    }

    public Budget.YearFigures getFigures() {
        return year == null ? null : (Budget.YearFigures) faces.getAttributes().computeIfAbsent(
                BudgetPage.class.getName() + year, key -> budget.year(year));
    }

    @SuppressWarnings("unchecked")
    private List<Call> allCalls() {
        return (List<Call>) faces.getAttributes().computeIfAbsent(BudgetPage.class.getName() + ".calls",
                key -> calls.all(0, Page.MAX_SIZE).items());
    }

    public String show() {
        return "/budget?faces-redirect=true&year=" + year;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
