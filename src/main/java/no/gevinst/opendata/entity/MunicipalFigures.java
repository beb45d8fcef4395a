package no.gevinst.opendata.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    public static MunicipalFigures of(List<OpenGrant> grants, boolean counting) {
        Map<String, List<OpenGrant>> byMunicipality = grants.stream()
                .collect(Collectors.groupingBy(g -> g.recipient().number(), TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal> values = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        byMunicipality.forEach((number, theirs) -> {
            names.put(number, theirs.getFirst().recipient().name());
            Integer population = theirs.getFirst().recipientPopulation();
            if (counting) {
                values.put(number, BigDecimal.valueOf(theirs.size()));
            } else if (population != null && population > 0) {
                values.put(number, theirs.stream().map(g -> g.awarded().amount()).reduce(BigDecimal.ZERO,
                        BigDecimal::add).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP));
            }
        });
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
