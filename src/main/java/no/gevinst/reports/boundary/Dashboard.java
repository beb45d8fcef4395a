package no.gevinst.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.payments.boundary.Budget;
import no.gevinst.reports.control.RealisedBenefitsCache;
import no.gevinst.platform.entity.Role;

/**
 * The questions management asks every week, each answered by one aggregate query: this year's frame and where its
 * money is, applications by status, money by county and category, projects late for operation, and benefits
 * realised. The number of queries does not grow with the data.
 */
@Stateless
@RolesAllowed({Role.Names.MANAGEMENT, Role.Names.APPROVER, Role.Names.CASE_HANDLER})
public class Dashboard {

    /** A count or an amount under a name: a status code, a county's name, a category code. */
    public record Figure(String name, long count, BigDecimal amount) {
    }

    /** A grant whose planned operation date has passed without the project being reported in operation. */
    public record Late(long applicationId, String reference, String municipality, LocalDate plannedOperation,
            LocalDate operationDeadline) {
    }

    public record Realised(BenefitKind kind, BigDecimal realised, long targets) {
    }

    public record Overview(int year, Budget.YearFigures budget, List<Figure> byStatus, List<Figure> byCounty,
            List<Figure> byCategory, List<Late> late, long lateCount, List<Realised> realised) {
    }

    /** A budget year's money and how many applications its calls had and grants it made. */
    public record Year(Budget.YearFigures budget, long applications, long grants) {
    }

    /**
     * The benefit targets of one kind of the projects in operation (or closed) of a budget year: how many, the
     * improvement they aim at from their baselines, and what their latest measurements show of it.
     */
    public record RealisedInYear(int year, BenefitKind kind, long targets, BigDecimal targeted, BigDecimal realised) {

        /** The realised improvement as a percentage of the targeted, to one decimal; none without a target. */
        public BigDecimal percentOfTarget() {
            return targeted.signum() == 0 ? null : realised.multiply(BigDecimal.valueOf(100))
                    .divide(targeted, 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /** The scheme over the years: each budget year's money, applications and grants, and benefits per kind. */
    public record OverTheYears(List<Year> years, List<RealisedInYear> realised) {
    }

    /** How many late projects the overview lists; the count says how many there are. */
    static final int LATE_LISTED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Budget budget;

    @Inject
    Clock clock;

    @Inject
    RealisedBenefitsCache realisedBenefits;

    public Overview overview() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<Figure> byStatus = figures("""
                select a.status, count(*), sum(a.requested_amount) from application a
                join funding_call f on f.id = a.call_id
                where a.reference is not null and f.budget_year = ?1 group by a.status order by count(*) desc
                """, year);
        List<Figure> byCounty = figures("""
                select c.name, count(*), sum(g.amount - g.freed) from grant_award g
                join application a on a.id = g.application_id
                join municipality m on m.number = a.municipality_number
                join county c on c.number = m.county_number
                where g.budget_year = ?1 group by c.name order by 3 desc, c.name
                """, year);
        List<Figure> byCategory = figures("""
                select a.category, count(*), sum(g.amount - g.freed) from grant_award g
                join application a on a.id = g.application_id
                where g.budget_year = ?1 group by a.category order by 3 desc
                """, year);
        String lateWhere = " from application a join grant_award g on g.application_id = a.id"
                + " join municipality m on m.number = a.municipality_number"
                + " where a.status in ('ACCEPTED', 'IN_PROGRESS') and g.in_operation_since is null"
                + " and a.planned_operation < ?1";
        @SuppressWarnings("unchecked")
        List<Object[]> lateRows = em.createNativeQuery("select a.id, a.reference, m.name, a.planned_operation,"
                + " g.operation_deadline" + lateWhere + " order by a.planned_operation, a.reference")
                .setParameter(1, Date.valueOf(today)).setMaxResults(LATE_LISTED).getResultList();
        List<Late> late = lateRows.stream().map(r -> new Late(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], day(r[3]), day(r[4]))).toList();
        long lateCount = ((Number) em.createNativeQuery("select count(*)" + lateWhere)
                .setParameter(1, Date.valueOf(today)).getSingleResult()).longValue();
        List<Realised> realised = realisedBenefits.get(this::realised);
        return new Overview(year, budget.year(year), byStatus, byCounty, byCategory, late, lateCount, realised);
    }

    /** Every budget year, oldest first: in five queries whatever the number of years. */
    public OverTheYears overTheYears() {
        Map<Integer, Long> applications = counts("""
                select f.budget_year, count(*) from application a join funding_call f on f.id = a.call_id
                where a.reference is not null group by f.budget_year
                """);
        Map<Integer, Long> grants = counts("select budget_year, count(*) from grant_award group by budget_year");
        List<Year> years = budget.years().stream().map(figures -> new Year(figures,
                applications.getOrDefault(figures.year(), 0L), grants.getOrDefault(figures.year(), 0L))).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.budget_year, t.kind, count(*), sum(abs(t.target - t.baseline)),
                       sum(case when m.measured_value is null then 0
                                when t.target >= t.baseline then m.measured_value - t.baseline
                                else t.baseline - m.measured_value end)
                from benefit_target t
                join application a on a.id = t.application_id
                join funding_call f on f.id = a.call_id
                left join latest_measurement m on m.benefit_target_id = t.id
                where a.status in ('OPERATIONAL', 'CLOSED')
                group by f.budget_year, t.kind order by f.budget_year, t.kind
                """).getResultList();
        List<RealisedInYear> realised = rows.stream().map(r -> new RealisedInYear(((Number) r[0]).intValue(),
                BenefitKind.valueOf((String) r[1]), ((Number) r[2]).longValue(), decimal(r[3]), decimal(r[4])))
                .toList();
        return new OverTheYears(years, realised);
    }

    private Map<Integer, Long> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        Map<Integer, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** Benefits realised by kind: each target's latest current measurement (the view) against its baseline, summed. */
    private List<Realised> realised() {
        @SuppressWarnings("unchecked")
        List<Object[]> realisedRows = em.createNativeQuery("""
                select t.kind, sum(case when t.target >= t.baseline then m.measured_value - t.baseline
                                        else t.baseline - m.measured_value end), count(*)
                from latest_measurement m
                join benefit_target t on t.id = m.benefit_target_id
                join application a on a.id = t.application_id
                where a.status in ('OPERATIONAL', 'CLOSED')
                group by t.kind order by t.kind
                """).getResultList();
        return realisedRows.stream().map(r -> new Realised(BenefitKind.valueOf((String) r[0]),
                decimal(r[1]), ((Number) r[2]).longValue())).toList();
    }

    private List<Figure> figures(String sql, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, year).getResultList();
        return rows.stream().map(r -> new Figure(r[0] == null ? "" : r[0].toString(), ((Number) r[1]).longValue(),
                r[2] == null ? BigDecimal.ZERO : decimal(r[2]))).toList();
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal decimal = (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
