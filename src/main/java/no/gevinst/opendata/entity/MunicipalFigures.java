package no.gevinst.opendata.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.gevinst.municipalities.entity.Shading;

/**
 * A figure per municipality over published grants, for a map and the table beside it: the amount awarded per
 * inhabitant (NOK, two decimals, by the register's population), or the number of grants. Each grant counts for its
 * lead municipality, which receives it; partners are not counted.
 *
 * @param values the figure by municipality number, for the municipalities that have one
 */
public record MunicipalFigures(Map<String, BigDecimal> values, Map<String, String> names, boolean counting,
        Shading shading) {

    /** A municipality's figure, the class of its colour on the map, and the colour. */
    public record Row(String number, String name, BigDecimal value, int shade, String colour) {
    }

    /** A lead municipality's published grants summed: how many, and the amount awarded. */
    public record Total(String number, String name, Integer population, long grants, BigDecimal awarded) {
    }

    public static MunicipalFigures of(List<Total> totals, boolean counting) {
        Map<String, BigDecimal> values = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Total total : totals) {
            names.put(total.number(), total.name());
            if (counting) {
                values.put(total.number(), BigDecimal.valueOf(total.grants()));
            } else if (total.population() != null && total.population() > 0) {
                values.put(total.number(), total.awarded().divide(BigDecimal.valueOf(total.population()), 2,
                        RoundingMode.HALF_UP));
            }
        }
        return new MunicipalFigures(values, names, counting, Shading.of(values.values()));
    }

    /** The rows of the table beside the map, the largest figure first. */
    public List<Row> rows() {
        return values.entrySet().stream()
                .map(e -> new Row(e.getKey(), names.get(e.getKey()), e.getValue(), shading.classOf(e.getValue()),
                        shading.colourOf(e.getValue())))
                .sorted(Comparator.comparing(Row::value).reversed().thenComparing(Row::name)).toList();
    }
}
