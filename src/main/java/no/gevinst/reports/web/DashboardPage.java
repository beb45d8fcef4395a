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

    private Dashboard.Overview overview;
    private MunicipalFigures perInhabitant;

    public Dashboard.Overview getOverview() {
        if (overview == null) {
            overview = dashboard.overview();
        }
        return overview;
    }

    /** Committed, paid, withheld outstanding and available against the frame. */
    public String getBudgetChart() {
        Budget.YearFigures b = getOverview().budget();
        return BarChart.config(text("budget.frame"), List.of(text("budget.committed"), text("ledger.paid"),
                text("ledger.withheldOutstanding"), text("budget.available")), List.of(b.committed().amount(),
                b.paid().amount(), b.withheldOutstanding().amount(), b.available().amount()), false);
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
