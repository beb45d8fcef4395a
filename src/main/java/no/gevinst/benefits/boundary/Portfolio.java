package no.gevinst.benefits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.platform.entity.Role;

/**
 * What the scheme has realised: for every benefit target of a grant in operation (or closed), the change from its
 * baseline to its latest measurement in the direction of its target, summed by kind (hours saved per year, NOK
 * saved per year) per category, county and budget year. The sums are taken in the database, in one query.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
public class Portfolio {

    /** One sum: what was realised of one kind for one category, county or budget year, over how many targets. */
    public record Sum(String key, BenefitKind kind, BigDecimal realised, long targets) {
    }

    public record Totals(List<Sum> byCategory, List<Sum> byCounty, List<Sum> byBudgetYear) {
    }

    private record Cell(BenefitKind kind, String category, String county, int year, BigDecimal realised, long targets) {
    }

    /**
     * The latest measurement with a value of each target (the view {@code latest_measurement}), as the change
     * towards the target, grouped as finely as the three views need.
     */
    private static final String REALISED = """
            select t.kind, a.category, c.name, f.budget_year,
                   sum(case when t.target >= t.baseline then m.measured_value - t.baseline
                            else t.baseline - m.measured_value end),
                   count(*)
            from latest_measurement m
            join benefit_target t on t.id = m.benefit_target_id
            join application a on a.id = t.application_id
            join funding_call f on f.id = a.call_id
            join municipality mu on mu.number = a.municipality_number
            join county c on c.number = mu.county_number
            where a.status in ('OPERATIONAL', 'CLOSED')
            group by t.kind, a.category, c.name, f.budget_year
            """;

    @PersistenceContext
    EntityManager em;

    public Totals totals() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REALISED).getResultList();
        List<Cell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            cells.add(new Cell(BenefitKind.valueOf((String) row[0]), row[1] == null ? "" : (String) row[1],
                    (String) row[2], ((Number) row[3]).intValue(), decimal(row[4]), ((Number) row[5]).longValue()));
        }
        return new Totals(sum(cells, Cell::category), sum(cells, Cell::county),
                sum(cells, cell -> String.valueOf(cell.year())));
    }

    private static List<Sum> sum(List<Cell> cells, Function<Cell, String> key) {
        Map<String, Sum> sums = new TreeMap<>();
        for (Cell cell : cells) {
            sums.merge(key.apply(cell) + "\u0000" + cell.kind(), new Sum(key.apply(cell), cell.kind(), cell.realised(),
                    cell.targets()), (a, b) -> new Sum(a.key(), a.kind(), a.realised().add(b.realised()),
                            a.targets() + b.targets()));
        }
        List<Sum> sorted = new ArrayList<>(sums.values());
        sorted.sort(Comparator.comparing(Sum::key).thenComparing(Sum::kind));
        return sorted;
    }

    /** Without the trailing zeros of the column's four decimals, and never in exponent form. */
    private static BigDecimal decimal(Object value) {
        BigDecimal decimal = (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
