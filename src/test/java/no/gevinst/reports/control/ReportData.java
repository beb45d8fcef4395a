package no.gevinst.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.gevinst.municipalities.control.MunicipalityRegisterMigration;
import org.flywaydb.core.Flyway;
import no.gevinst.support.JdbcBatch;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database of the application's own schema (Flyway, with the 2024 municipality register) in an H2 file under
 * {@code target/}, filled over JDBC with generated applications, grants, payments and benefit measurements, and
 * the figures the reports must show, summed here in Java as the rows are made.
 */
final class ReportData {

    static final LocalDate TODAY = LocalDate.of(2031, 6, 1);
    static final int FIRST_YEAR = 2030;

    /** What was generated, summed per budget year: the report must agree. */
    static final class Year {
        BigDecimal frame = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal withheld = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO;
        BigDecimal forfeited = BigDecimal.ZERO;
        int applications;

        BigDecimal withheldOutstanding() {
            return withheld.subtract(released).subtract(forfeited);
        }
    }

    final Map<Integer, Year> years = new HashMap<>();
    final Map<String, Integer> byStatus = new HashMap<>();
    private final JdbcDataSource dataSource;

    private ReportData(JdbcDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static ReportData migrated(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        Path file = Path.of("target", "report-db", name + "-" + System.nanoTime());
        dataSource.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";CACHE_SIZE=8192");
        Flyway.configure(ReportData.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new MunicipalityRegisterMigration()).load()
                .migrate();
        return new ReportData(dataSource);
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    void rename(String number, String name) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "update municipality set name = ? where number = ?")) {
            s.setString(1, name);
            s.setString(2, number);
            s.executeUpdate();
        }
    }

    private static final String[] STATUSES = {"SUBMITTED", "IN_ASSESSMENT", "RECOMMENDED", "REJECTED", "GRANTED",
        "ACCEPTED", "IN_PROGRESS", "OPERATIONAL", "CLOSED", "LAPSED", "CANCELLED"};
    private static final String[] CATEGORIES = {"WELFARE_TECHNOLOGY", "DATA_SHARING", "ELECTRONIC_PATIENT_RECORD",
        "DIGITAL_HOME_FOLLOW_UP", "OTHER"};

    /** {@code count} applications over {@code yearCount} budget years, the same for the same seed. */
    ReportData generate(int count, int yearCount, long seed) throws SQLException {
        Random random = new Random(seed);
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            List<String> municipalities = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("select number from municipality order by number")) {
                while (rs.next()) {
                    municipalities.add(rs.getString(1));
                }
            }
            try (PreparedStatement call = c.prepareStatement("insert into funding_call (id, budget_year, title,"
                    + " opens_on, closes_on, frame, withheld_percent, max_cost_share_percent, reporting_period_years)"
                    + " values (?, ?, ?, ?, ?, ?, 20, 50, 3)")) {
                for (int y = 0; y < yearCount; y++) {
                    int year = FIRST_YEAR + y;
                    call.setLong(1, 1_000_000 + y);
                    call.setInt(2, year);
                    call.setString(3, "Helseteknologi " + year);
                    call.setDate(4, Date.valueOf(LocalDate.of(year - 1, 10, 1)));
                    call.setDate(5, Date.valueOf(LocalDate.of(year - 1, 12, 15)));
                    BigDecimal frame = new BigDecimal("5000000000.00");
                    call.setBigDecimal(6, frame);
                    call.addBatch();
                    years.computeIfAbsent(year, k -> new Year()).frame = frame;
                }
                call.executeBatch();
            }
            try (PreparedStatement budget = c.prepareStatement(
                    "insert into budget_year (budget_year, committed) values (?, 0)")) {
                for (int year : years.keySet()) {
                    budget.setInt(1, year);
                    budget.addBatch();
                }
                budget.executeBatch();
            }
            JdbcBatch application = new JdbcBatch(c, "insert into application (id, call_id, municipality_number, reference,"
                    + " status, title, category, requested_amount, planned_operation, created_at, created_by,"
                    + " submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?)");
            JdbcBatch partner = new JdbcBatch(c, "insert into application_partner (application_id, municipality_number)"
                    + " values (?, ?)");
            JdbcBatch grant = new JdbcBatch(c, "insert into grant_award (application_id, budget_year, amount, decided_by,"
                    + " decided_at, withheld_percent, freed, forfeited, in_operation_since) values"
                    + " (?, ?, ?, 'godkjenner', ?, 20, ?, ?, ?)");
            // Who reported and verified a milestone, and who approved, rejected or sent a payment, as its status says.
            JdbcBatch milestone = new JdbcBatch(c, "insert into grant_milestone (id, application_id, position, title, due_date,"
                    + " amount, status, reported_by, verified_by, verified_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            JdbcBatch payment = new JdbcBatch(c, "insert into payment (id, application_id, milestone_id, kind, gross, withheld,"
                    + " net, status, proposed_by, proposed_at, verified_by, approved_by, approved_at, rejected_by, rejected_at,"
                    + " sent_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'saksbehandler', ?, 'saksbehandler', ?, ?, ?, ?, ?)");
            JdbcBatch target = new JdbcBatch(c, "insert into benefit_target (id, application_id, position, indicator, kind,"
                    + " unit, baseline, baseline_date, target, target_date, owner) values"
                    + " (?, ?, 0, ?, ?, 'timer per år', ?, ?, ?, ?, 'Eier')");
            JdbcBatch measurement = new JdbcBatch(c, "insert into benefit_measurement (id, benefit_target_id, application_id,"
                    + " measured_on, measured_value, reported_by, reported_at) values (?, ?, ?, ?, ?, 'kommune', ?)");
            Timestamp now = Timestamp.from(Instant.parse("2031-06-01T10:00:00Z"));
            long paymentId = 5_000_000;
            Map<Integer, Integer> sequence = new HashMap<>();
            List<JdbcBatch> inOrder = List.of(application, partner, grant, milestone, payment, target, measurement);
            for (int i = 0; i < count; i++) {
                if (i % 500 == 499) {
                    for (JdbcBatch batch : inOrder) {
                        batch.flush();
                    }
                }
                long id = 2_000_000 + i;
                int year = FIRST_YEAR + random.nextInt(yearCount);
                String status = STATUSES[random.nextInt(STATUSES.length)];
                String lead = municipalities.get(random.nextInt(municipalities.size()));
                BigDecimal requested = BigDecimal.valueOf(100_000 + random.nextInt(1_900_000)).setScale(2);
                int number = sequence.merge(year, 1, Integer::sum);
                application.add(id, 1_000_000 + year - FIRST_YEAR, lead, "HT-" + year + "-" + String.format("%05d", number),
                        status, "Prosjekt " + i, CATEGORIES[random.nextInt(CATEGORIES.length)], requested,
                        Date.valueOf(LocalDate.of(year, 9, 1)), now, now);
                int partners = random.nextInt(3);
                for (int p = 0; p < partners; p++) {
                    String other = municipalities.get(random.nextInt(municipalities.size()));
                    if (!other.equals(lead)) {
                        partner.addUnique(id + ":" + other, id, other);
                    }
                }
                Year sums = years.get(year);
                sums.applications++;
                byStatus.merge(status, 1, Integer::sum);
                boolean granted = List.of("GRANTED", "ACCEPTED", "IN_PROGRESS", "OPERATIONAL", "CLOSED", "LAPSED",
                        "CANCELLED").contains(status);
                if (!granted) {
                    continue;
                }
                BigDecimal half = requested.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                BigDecimal rest = requested.subtract(half);
                boolean paidFirst = List.of("IN_PROGRESS", "OPERATIONAL", "CLOSED", "CANCELLED").contains(status);
                boolean operational = status.equals("OPERATIONAL") || status.equals("CLOSED");
                BigDecimal freed = status.equals("LAPSED") ? requested : status.equals("CANCELLED") ? rest
                        : BigDecimal.ZERO;
                BigDecimal withheld = half.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
                String firstStatus = paidFirst ? (random.nextInt(4) == 0 ? "REJECTED" : random.nextBoolean() ? "SENT"
                        : "APPROVED") : null;
                boolean firstCounts = firstStatus != null && !firstStatus.equals("REJECTED");
                BigDecimal forfeited = status.equals("CANCELLED") && firstCounts ? withheld : BigDecimal.ZERO;
                LocalDate inOperation = operational ? LocalDate.of(year + 1, 1, 15) : null;
                grant.add(id, year, requested, now, freed, forfeited, inOperation == null ? null : Date.valueOf(inOperation));
                sums.committed = sums.committed.add(requested).subtract(freed);
                long first = id * 10;
                String firstMilestone = paidFirst ? (firstCounts ? "VERIFIED" : "REPORTED") : "PLANNED";
                milestone.add(first, id, 0, "Anskaffelse", Date.valueOf(LocalDate.of(year, 3, 1)), half,
                        firstMilestone, reportedBy(firstMilestone), verified(firstMilestone, "saksbehandler"),
                        verified(firstMilestone, now));
                String restMilestone = status.equals("LAPSED") || status.equals("CANCELLED") ? "FREED"
                        : operational ? "VERIFIED" : "PLANNED";
                milestone.add(first + 1, id, 1, "Innføring", Date.valueOf(LocalDate.of(year, 6, 1)), rest,
                        restMilestone, reportedBy(restMilestone), verified(restMilestone, "saksbehandler"),
                        verified(restMilestone, now));
                if (firstStatus != null) {
                    payment.add(paymentId++, id, first, "MILESTONE", half, withheld, half.subtract(withheld),
                            firstStatus, now, firstStatus.equals("PROPOSED") || firstStatus.equals("REJECTED") ? null
                                    : "godkjenner", firstCounts && !firstStatus.equals("PROPOSED") ? now : null,
                            firstStatus.equals("REJECTED") ? "godkjenner" : null,
                            firstStatus.equals("REJECTED") ? now : null, firstStatus.equals("SENT") ? now : null);
                    if (firstCounts) {
                        sums.paid = sums.paid.add(half.subtract(withheld));
                        sums.withheld = sums.withheld.add(withheld);
                    }
                }
                if (operational) {
                    BigDecimal restWithheld = rest.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100), 2,
                            RoundingMode.HALF_UP);
                    payment.add(paymentId++, id, first + 1, "MILESTONE", rest, restWithheld, rest.subtract(restWithheld),
                            "SENT", now, "godkjenner", now, null, null, now);
                    sums.paid = sums.paid.add(rest.subtract(restWithheld));
                    sums.withheld = sums.withheld.add(restWithheld);
                    BigDecimal owed = (firstCounts ? withheld : BigDecimal.ZERO).add(restWithheld);
                    payment.add(paymentId++, id, null, "RELEASE", owed, BigDecimal.ZERO.setScale(2), owed, "APPROVED",
                            now, "godkjenner", now, null, null, null);
                    sums.paid = sums.paid.add(owed);
                    sums.released = sums.released.add(owed);
                }
                sums.forfeited = sums.forfeited.add(forfeited);
                BigDecimal baseline = BigDecimal.valueOf(1000 + random.nextInt(1000));
                BigDecimal goal = baseline.subtract(BigDecimal.valueOf(100 + random.nextInt(500)));
                target.add(id, id, "Timer brukt", "TIME_SAVED_HOURS_PER_YEAR", baseline,
                        Date.valueOf(LocalDate.of(year - 1, 6, 1)), goal, Date.valueOf(LocalDate.of(year + 3, 1, 1)));
                if (operational) {
                    measurement.add(id, id, id, Date.valueOf(LocalDate.of(year + 1, 6, 1)),
                            baseline.subtract(BigDecimal.valueOf(random.nextInt(300))), now);
                }
            }
            for (JdbcBatch batch : inOrder) {
                batch.flush();
            }
            try (PreparedStatement budget = c.prepareStatement(
                    "update budget_year set committed = ? where budget_year = ?")) {
                for (var entry : years.entrySet()) {
                    budget.setBigDecimal(1, entry.getValue().committed);
                    budget.setInt(2, entry.getKey());
                    budget.addBatch();
                }
                budget.executeBatch();
            }
            c.commit();
        }
        return this;
    }

    private static String reportedBy(String milestoneStatus) {
        return milestoneStatus.equals("REPORTED") || milestoneStatus.equals("VERIFIED") ? "kommune" : null;
    }

    private static <T> T verified(String milestoneStatus, T value) {
        return milestoneStatus.equals("VERIFIED") ? value : null;
    }
}
