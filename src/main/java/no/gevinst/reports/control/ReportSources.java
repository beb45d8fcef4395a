package no.gevinst.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.reports.entity.ReportFilter;

/**
 * The rows the reports are made of, straight from the database over JDBC: one query per source, read forward a
 * batch at a time, so a report of any length holds one row in memory. The figures are those of
 * {@code reports/README.md}, read from the views that define them once (migration V19): {@code grant_ledger} for a
 * grant's money, {@code latest_measurement} for each benefit target's latest current measured value.
 */
public final class ReportSources {

    /** The fields each source gives: what a report definition may name as columns. */
    public static final Map<String, Set<String>> FIELDS = Map.of(
            "applications", Set.of("reference", "title", "municipality", "county", "partners", "category", "status",
                    "budgetYear", "requested", "granted", "paid", "withheldOutstanding", "released", "forfeited",
                    "plannedOperation", "inOperationSince", "realisationPercent"),
            "budget", Set.of("budgetYear", "call", "frame", "committed", "paid", "withheldOutstanding", "released",
                    "forfeited", "available"),
            "payments", Set.of("batch", "date", "reference", "municipality", "kind", "milestone", "status", "gross",
                    "withheld", "net", "proposedBy", "approvedBy"),
            "benefitTargets", Set.of("reference", "municipality", "indicator", "kind", "unit", "baseline",
                    "baselineDate", "target", "targetDate", "latestValue", "latestOn", "realisationPercent",
                    "realisationStatus"),
            "counties", Set.of("county", "municipalities", "municipalitiesReached", "applications", "granted", "paid",
                    "hoursSaved", "kronerSaved"));

    private static final int FETCH = 500;

    /** An application's call, municipality and county, as the filters need them. */
    private static final String JOINS = """
             join funding_call f on f.id = a.call_id
            join municipality mu on mu.number = a.municipality_number
            join county c on c.number = mu.county_number
            """;

    private static final String FROM_APPLICATIONS = " from application a" + JOINS;

    private ReportSources() {
    }

    /** @param today the day the register is read at: municipalities that ended before it are not counted */
    public static void rows(String source, Connection connection, ReportFilter filter, LocalDate today,
            Consumer<Map<String, Object>> sink) throws SQLException {
        switch (source) {
            case "applications" -> applications(connection, filter, sink);
            case "budget" -> budget(connection, filter, sink);
            case "payments" -> payments(connection, filter, sink);
            case "benefitTargets" -> benefitTargets(connection, filter, sink);
            case "counties" -> counties(connection, filter, today, sink);
            default -> throw new IllegalArgumentException("No report source " + source);
        }
    }

    /** Submitted applications (drafts are the municipalities' own), narrowed by every filter. */
    private record Where(String sql, List<Object> parameters) {
        static Where applications(ReportFilter filter) {
            StringBuilder sql = new StringBuilder(" where a.reference is not null");
            List<Object> parameters = new ArrayList<>();
            if (filter.budgetYear() != null) {
                sql.append(" and f.budget_year = ?");
                parameters.add(filter.budgetYear());
            }
            if (filter.callId() != null) {
                sql.append(" and a.call_id = ?");
                parameters.add(filter.callId());
            }
            if (filter.county() != null) {
                sql.append(" and c.number = ?");
                parameters.add(filter.county());
            }
            if (filter.category() != null) {
                sql.append(" and a.category = ?");
                parameters.add(filter.category().name());
            }
            if (filter.status() != null) {
                sql.append(" and a.status = ?");
                parameters.add(filter.status().name());
            }
            return new Where(sql.toString(), parameters);
        }
    }

    private static void applications(Connection connection, ReportFilter filter,
            Consumer<Map<String, Object>> sink) throws SQLException {
        Where where = Where.applications(filter);
        Map<Long, String> partners = new HashMap<>();
        query(connection, "select ap.application_id, pm.name from application_partner ap"
                + " join municipality pm on pm.number = ap.municipality_number"
                + " join application a on a.id = ap.application_id" + JOINS + where.sql() + " order by ap.application_id, pm.name", where.parameters(),
                rs -> partners.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + ", " + b));
        Map<Long, List<BigDecimal>> realised = new HashMap<>();
        query(connection, "select t.application_id, t.baseline, t.target, l.measured_value from benefit_target t"
                + " join latest_measurement l on l.benefit_target_id = t.id"
                + " join application a on a.id = t.application_id" + JOINS + where.sql(), where.parameters(), rs -> {
                    BigDecimal baseline = rs.getBigDecimal(2);
                    BigDecimal target = rs.getBigDecimal(3);
                    if (baseline != null && target != null && baseline.compareTo(target) != 0) {
                        realised.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Realisation.of(baseline,
                                target, rs.getBigDecimal(4), null, null, null).percent());
                    }
                });
        query(connection, """
                select a.id, a.reference, a.title, mu.name, c.name, a.category, a.status, f.budget_year,
                       a.requested_amount, l.granted, l.paid, l.withheld_outstanding, l.released, l.forfeited,
                       a.planned_operation, g.in_operation_since
                """ + FROM_APPLICATIONS + """
                left join grant_award g on g.application_id = a.id
                left join grant_ledger l on l.application_id = a.id""" + where.sql()
                + " order by a.reference", where.parameters(), rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    long id = rs.getLong(1);
                    row.put("reference", rs.getString(2));
                    row.put("title", rs.getString(3));
                    row.put("municipality", rs.getString(4));
                    row.put("county", rs.getString(5));
                    row.put("partners", partners.get(id));
                    row.put("category", rs.getString(6));
                    row.put("status", rs.getString(7));
                    row.put("budgetYear", rs.getInt(8));
                    row.put("requested", rs.getBigDecimal(9));
                    BigDecimal granted = rs.getBigDecimal(10);
                    row.put("granted", granted);
                    if (granted != null) {
                        putLedger(row, rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                                rs.getBigDecimal(14));
                    }
                    row.put("plannedOperation", date(rs, 15));
                    row.put("inOperationSince", date(rs, 16));
                    row.put("realisationPercent", mean(realised.get(id)));
                    sink.accept(row);
                });
    }

    /** Paid, withheld outstanding, released and forfeited, as grant_ledger sums them; nothing summed is zero. */
    private static void putLedger(Map<String, Object> row, BigDecimal paid, BigDecimal withheldOutstanding,
            BigDecimal released, BigDecimal forfeited) {
        row.put("paid", orZero(paid));
        row.put("withheldOutstanding", orZero(withheldOutstanding));
        row.put("released", orZero(released));
        row.put("forfeited", orZero(forfeited));
    }

    private static void budget(Connection connection, ReportFilter filter, Consumer<Map<String, Object>> sink)
            throws SQLException {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.budgetYear() != null) {
            where.append(" and f.budget_year = ?");
            parameters.add(filter.budgetYear());
        }
        if (filter.callId() != null) {
            where.append(" and f.id = ?");
            parameters.add(filter.callId());
        }
        query(connection, """
                select f.budget_year, f.title, f.frame, l.committed, l.paid, l.withheld_outstanding, l.released,
                       l.forfeited
                from funding_call f
                left join (select call_id, sum(granted - freed) committed, sum(paid) paid,
                                  sum(withheld_outstanding) withheld_outstanding, sum(released) released,
                                  sum(forfeited) forfeited
                           from grant_ledger group by call_id) l on l.call_id = f.id
                """ + where + " order by f.budget_year, f.title, f.id", parameters, rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("budgetYear", rs.getInt(1));
                    row.put("call", rs.getString(2));
                    BigDecimal frame = rs.getBigDecimal(3);
                    BigDecimal committed = orZero(rs.getBigDecimal(4));
                    row.put("frame", frame);
                    row.put("committed", committed);
                    putLedger(row, rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                            rs.getBigDecimal(8));
                    row.put("available", frame.subtract(committed));
                    sink.accept(row);
                });
    }

    private static void payments(Connection connection, ReportFilter filter, Consumer<Map<String, Object>> sink)
            throws SQLException {
        Where where = Where.applications(filter);
        query(connection, """
                select bi.batch_id, coalesce(p.sent_at, p.approved_at, p.proposed_at), a.reference, mu.name, p.kind,
                       gm.position, gm.title, p.status, p.gross, p.withheld, p.net, p.proposed_by, p.approved_by
                from payment p
                join application a on a.id = p.application_id
                join funding_call f on f.id = a.call_id
                join municipality mu on mu.number = a.municipality_number
                join county c on c.number = mu.county_number
                left join grant_milestone gm on gm.id = p.milestone_id
                left join payment_batch_item bi on bi.payment_id = p.id
                """ + where.sql() + " and p.status <> 'REJECTED' order by p.proposed_at, p.id", where.parameters(),
                rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    long batch = rs.getLong(1);
                    row.put("batch", rs.wasNull() ? null : batch);
                    var when = rs.getTimestamp(2);
                    row.put("date", when == null ? null : when.toInstant().atZone(java.time.ZoneId.of("Europe/Oslo"))
                            .toLocalDate());
                    row.put("reference", rs.getString(3));
                    row.put("municipality", rs.getString(4));
                    row.put("kind", rs.getString(5));
                    int position = rs.getInt(6);
                    row.put("milestone", rs.wasNull() ? null : (position + 1) + ": " + rs.getString(7));
                    row.put("status", rs.getString(8));
                    row.put("gross", rs.getBigDecimal(9));
                    row.put("withheld", rs.getBigDecimal(10));
                    row.put("net", rs.getBigDecimal(11));
                    row.put("proposedBy", rs.getString(12));
                    row.put("approvedBy", rs.getString(13));
                    sink.accept(row);
                });
    }

    /** The targets of applications with a grant, with their latest measurement and what it realises. */
    private static void benefitTargets(Connection connection, ReportFilter filter,
            Consumer<Map<String, Object>> sink) throws SQLException {
        Where where = Where.applications(filter);
        query(connection, """
                select a.reference, mu.name, t.indicator, t.kind, t.unit, t.baseline, t.baseline_date, t.target,
                       t.target_date, l.measured_value, l.measured_on, g.in_operation_since
                from benefit_target t
                join grant_award g on g.application_id = t.application_id
                join application a on a.id = t.application_id
                join funding_call f on f.id = a.call_id
                join municipality mu on mu.number = a.municipality_number
                join county c on c.number = mu.county_number
                left join latest_measurement l on l.benefit_target_id = t.id""" + where.sql()
                + " order by a.reference, t.position", where.parameters(), rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("reference", rs.getString(1));
                    row.put("municipality", rs.getString(2));
                    row.put("indicator", rs.getString(3));
                    row.put("kind", rs.getString(4));
                    row.put("unit", rs.getString(5));
                    BigDecimal baseline = plain(rs.getBigDecimal(6));
                    BigDecimal target = plain(rs.getBigDecimal(8));
                    LocalDate targetDate = date(rs, 9);
                    BigDecimal latest = plain(rs.getBigDecimal(10));
                    LocalDate latestOn = date(rs, 11);
                    row.put("baseline", baseline);
                    row.put("baselineDate", date(rs, 7));
                    row.put("target", target);
                    row.put("targetDate", targetDate);
                    row.put("latestValue", latest);
                    row.put("latestOn", latestOn);
                    Realisation realisation = latest == null || baseline == null || target == null
                            || baseline.compareTo(target) == 0 ? Realisation.NOT_REPORTED
                            : Realisation.of(baseline, target, latest, latestOn, date(rs, 12), targetDate);
                    row.put("realisationPercent", realisation.percent());
                    row.put("realisationStatus", realisation.status().name());
                    sink.accept(row);
                });
    }

    /** Every county, with its municipalities, and what the applications led from it got and realised. */
    private static void counties(Connection connection, ReportFilter filter, LocalDate today,
            Consumer<Map<String, Object>> sink) throws SQLException {
        Where where = Where.applications(filter);
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        query(connection, "select c.number, c.name, count(m.number) from county c"
                + " left join municipality m on m.county_number = c.number and (m.valid_to is null or m.valid_to >= ?)"
                + (filter.county() == null ? "" : " where c.number = ?") + " group by c.number, c.name order by c.number",
                filter.county() == null ? List.of(Date.valueOf(today)) : List.of(Date.valueOf(today),
                        filter.county()), rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("county", rs.getString(2));
                    row.put("municipalities", rs.getLong(3));
                    row.put("municipalitiesReached", 0L);
                    row.put("applications", 0L);
                    row.put("granted", BigDecimal.ZERO);
                    row.put("paid", BigDecimal.ZERO);
                    row.put("hoursSaved", BigDecimal.ZERO);
                    row.put("kronerSaved", BigDecimal.ZERO);
                    rows.put(rs.getString(1), row);
                });
        query(connection, "select c.number, count(*), sum(l.granted), sum(l.paid)" + FROM_APPLICATIONS
                + " left join grant_ledger l on l.application_id = a.id" + where.sql()
                + " group by c.number", where.parameters(), rs -> {
                    Map<String, Object> row = rows.get(rs.getString(1));
                    row.put("applications", rs.getLong(2));
                    row.put("granted", orZero(rs.getBigDecimal(3)));
                    row.put("paid", orZero(rs.getBigDecimal(4)));
                });
        // Reached: the applicant or a partner of a grant that did not lapse, counted in its own county.
        query(connection, "select rc.number, count(distinct r.number) from ("
                + " select a.municipality_number number" + FROM_APPLICATIONS
                + " join grant_award g on g.application_id = a.id" + where.sql() + " and a.status <> 'LAPSED'"
                + " union select ap.municipality_number" + FROM_APPLICATIONS
                + " join grant_award g on g.application_id = a.id"
                + " join application_partner ap on ap.application_id = a.id" + where.sql()
                + " and a.status <> 'LAPSED') r join municipality rm on rm.number = r.number"
                + " join county rc on rc.number = rm.county_number group by rc.number",
                concat(where.parameters(), where.parameters()), rs -> {
                    Map<String, Object> row = rows.get(rs.getString(1));
                    if (row != null) {
                        row.put("municipalitiesReached", rs.getLong(2));
                    }
                });
        query(connection, "select c.number, t.kind, sum(case when t.target >= t.baseline"
                + " then l.measured_value - t.baseline else t.baseline - l.measured_value end)"
                + " from benefit_target t join latest_measurement l on l.benefit_target_id = t.id"
                + " join application a on a.id = t.application_id" + JOINS + where.sql() + " and a.status in ('OPERATIONAL', 'CLOSED')"
                + " and t.kind in ('TIME_SAVED_HOURS_PER_YEAR', 'COST_SAVED_NOK_PER_YEAR') group by c.number, t.kind",
                where.parameters(), rs -> {
                    Map<String, Object> row = rows.get(rs.getString(1));
                    row.put(rs.getString(2).startsWith("TIME") ? "hoursSaved" : "kronerSaved",
                            plain(rs.getBigDecimal(3)));
                });
        rows.values().forEach(sink);
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, List<Object> parameters, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** 12.5000 as 12.5: the columns' four decimals are storage, not precision. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The mean of the targets' realisation, one decimal; null when none is measured. */
    private static BigDecimal mean(List<BigDecimal> percents) {
        if (percents == null || percents.isEmpty()) {
            return null;
        }
        return percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(percents.size()), 1, RoundingMode.HALF_UP);
    }

}
