package no.gevinst.opendata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.municipalities.boundary.MunicipalityMaps;
import no.gevinst.municipalities.entity.MapDrawing;
import no.gevinst.opendata.boundary.OpenGrants;
import no.gevinst.opendata.entity.MunicipalFigures;
import no.gevinst.opendata.entity.OpenGrant;
import no.gevinst.platform.entity.Money;

/**
 * The public page of the grants published ({@code /grants.xhtml}, no login), filtered by budget year, county and
 * technology category ({@code ?year=&county=&category=}), with the sums of what it lists.
 */
@Named
@RequestScoped
public class PublishedGrantsPage {

    @Inject
    OpenGrants openGrants;

    @Inject
    MunicipalityMaps maps;

    /** What the map and its table show per (lead) municipality. */
    public static final String PER_INHABITANT = "perInhabitant";
    public static final String COUNT = "count";

    private String year;
    private String county;
    private String category;
    private String measure;
    private MunicipalFigures figures;
    private Integer latest;
    private List<OpenGrant> all;
    private List<OpenGrant> shown;

    private List<OpenGrant> all() {
        if (all == null) {
            all = openGrants.grants(chosenYear());
        }
        return all;
    }

    /** The grants of the chosen year (every year when none is chosen, or it is not a year), county and category. */
    public List<OpenGrant> getGrants() {
        if (shown == null) {
            shown = all().stream()
                    .filter(g -> county == null || county.isBlank() || g.county().number().equals(county))
                    .filter(g -> category == null || category.isBlank() || g.category().equals(category))
                    .toList();
        }
        return shown;
    }

    public Money getAwarded() {
        return getGrants().stream().map(OpenGrant::awarded).reduce(Money.ZERO, Money::plus);
    }

    public Money getDisbursed() {
        return getGrants().stream().map(OpenGrant::disbursed).reduce(Money.ZERO, Money::plus);
    }

    public boolean isCounting() {
        return COUNT.equals(measure);
    }

    /** Each lead municipality's figure over the grants shown ({@link MunicipalFigures}). */
    public MunicipalFigures getFigures() {
        if (figures == null) {
            figures = MunicipalFigures.of(openGrants.totalsByMunicipality(chosenYear(), county, category), isCounting());
        }
        return figures;
    }

    public MapDrawing getDrawing() {
        return maps.drawing();
    }

    public String getCredit() {
        return MapDrawing.CREDIT;
    }

    public List<Integer> getYears() {
        return openGrants.years();
    }

    /** The counties of the grants of the chosen year, by number. */
    public List<OpenGrant.Place> getCounties() {
        Map<String, OpenGrant.Place> counties = new TreeMap<>();
        all().forEach(g -> counties.putIfAbsent(g.county().number(), g.county()));
        return List.copyOf(counties.values());
    }

    public List<TechnologyCategory> getCategories() {
        return List.of(TechnologyCategory.values()).stream().sorted(Comparator.comparing(Enum::name)).toList();
    }

    /** The year asked for; without one, the latest with grants ({@code year=all}: every year). */
    private Integer chosenYear() {
        if (year != null && year.matches("\\d{4}")) {
            return Integer.valueOf(year);
        }
        if ("all".equals(year)) {
            return null;
        }
        if (latest == null) {
            latest = getYears().stream().findFirst().orElse(0);
        }
        return latest == 0 ? null : latest;
    }

    /** The year shown, as the year filter names it: a year, or {@code all}. */
    public String getShownYear() {
        Integer shown = chosenYear();
        return shown == null ? "all" : shown.toString();
    }

    /** The query of the chosen filters, for the links to the same data as JSON and CSV. */
    public String getYearQuery() {
        return chosenYear() == null ? "" : "?year=" + chosenYear();
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
