package no.gevinst.benefits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.gevinst.benefits.boundary.Benefits;
import no.gevinst.benefits.boundary.Portfolio;

/** What the scheme has realised, per category, county and budget year, and the grants that lag behind. */
@Named
@RequestScoped
public class PortfolioPage {

    @Inject
    Portfolio portfolio;

    @Inject
    Benefits benefits;

    private Portfolio.Totals totals;
    private List<Benefits.Lagging> lagging;

    public Portfolio.Totals getTotals() {
        if (totals == null) {
            totals = portfolio.totals();
        }
        return totals;
    }

    public List<Benefits.Lagging> getLagging() {
        if (lagging == null) {
            lagging = benefits.lagging();
        }
        return lagging;
    }
}
