package no.gevinst.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import no.gevinst.municipalities.boundary.MunicipalityMaps;
import no.gevinst.municipalities.entity.MapDrawing;
import no.gevinst.opendata.boundary.OpenGrants;
import no.gevinst.opendata.entity.MunicipalFigures;
import no.gevinst.payments.boundary.Budget;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.web.BarChart;
import no.gevinst.reports.boundary.Dashboard;

/** The management overview: figures and charts of this year, each chart with its table. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Dashboard dashboard;

    @Inject
    FacesContext faces;

    @Inject
    OpenGrants openGrants;

    @Inject
    MunicipalityMaps maps;

    // The colours of the money figures, the same in every chart (Designsystemet's neutral, accent and success); the
    // tables beside the charts carry the figures.
    private static final String FRAME = "#717a84";
    private static final String COMMITTED = "#0062ba";
    private static final String PAID = "#108c22";
    private static final String AVAILABLE = "#d8dee4";

    private Dashboard.Overview overview;
    private Dashboard.OverTheYears years;
    private MunicipalFigures perInhabitant;

    public Dashboard.Overview getOverview() {
        if (overview == null) {
            overview = dashboard.overview();
        }
        return overview;
    }

    /**
     * This year's frame as one bar made of what is paid, what is committed and not yet paid, and what is available:
     * its parts read against the whole, however small the first two are beside the last.
     */
    public String getBudgetChart() {
        Budget.YearFigures b = getOverview().budget();
        return BarChart.config(List.of(text("budget.frame") + " " + b.year()), List.of(
                new BarChart.Series(text("ledger.paid"), List.of(b.paid().amount()), PAID),
                new BarChart.Series(text("budget.committedUnpaid"), List.of(b.committedUnpaid().amount()), COMMITTED),
                new BarChart.Series(text("budget.available"), List.of(b.available().amount()), AVAILABLE)),
                true, true);
    }

    /** The scheme over the years; asked once per request. */
    public Dashboard.OverTheYears getYears() {
        if (years == null) {
            years = dashboard.overTheYears();
        }
        return years;
    }

    /** Each budget year's frame, committed and paid, side by side. */
    public String getYearsChart() {
        List<Budget.YearFigures> figures = getYears().years().stream().map(Dashboard.Year::budget).toList();
        return BarChart.config(figures.stream().map(f -> String.valueOf(f.year())).toList(), List.of(
                new BarChart.Series(text("budget.frame"), amounts(figures, Budget.YearFigures::frame), FRAME),
                new BarChart.Series(text("budget.committed"), amounts(figures, Budget.YearFigures::committed),
                        COMMITTED),
                new BarChart.Series(text("ledger.paid"), amounts(figures, Budget.YearFigures::paid), PAID)),
                false, false);
    }

    private static List<java.math.BigDecimal> amounts(List<Budget.YearFigures> figures,
            java.util.function.Function<Budget.YearFigures, no.gevinst.platform.entity.Money> figure) {
        return figures.stream().map(f -> figure.apply(f).amount()).toList();
    }

    public String getCountyChart() {
        var byCounty = getOverview().byCounty();
        return BarChart.config(text("budget.committed"), byCounty.stream().map(Dashboard.Figure::name).toList(),
                byCounty.stream().map(Dashboard.Figure::amount).toList(), true);
    }

    public String getCategoryChart() {
        var byCategory = getOverview().byCategory();
        return BarChart.config(text("budget.committed"), byCategory.stream()
                .map(f -> text("category." + f.name())).toList(),
                byCategory.stream().map(Dashboard.Figure::amount).toList(), true);
    }

    /** The grants of this budget year awarded per inhabitant of the applying municipality, as the public page shows. */
    public MunicipalFigures getPerInhabitant() {
        if (perInhabitant == null) {
            perInhabitant = MunicipalFigures.of(openGrants.totalsByMunicipality(getOverview().year(), null, null), false);
        }
        return perInhabitant;
    }

    public MapDrawing getDrawing() {
        return maps.drawing();
    }

    private String text(String key) {
        Locale locale = faces.getViewRoot().getLocale();
        return Messages.text(locale, key);
    }
}
