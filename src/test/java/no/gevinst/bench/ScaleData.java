package no.gevinst.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import no.gevinst.municipalities.control.MunicipalityRegisterMigration;
import no.gevinst.support.JdbcBatch;
import org.flywaydb.core.Flyway;

/**
 * Fills a Gevinst database (H2 or PostgreSQL) with years of a realistic scheme, the same for the same seed: for each
 * budget year a call (NOK 300 million, 20 % withheld) that about 400 applications from the 357 municipalities answer,
 * a quarter of them jointly; every application assessed and scored, and granted by rank while the frame allows, the
 * rest rejected; grants answered (a few lapse), milestones reported and verified as their dates pass, payments
 * proposed, approved and sent in monthly batches, operation confirmed and the withheld money released, some grants
 * cancelled or expired, benefit measurements yearly after operation, closing after the reporting period; and the
 * audit events of all of it. Dates are placed relative to today, so the youngest year is under way.
 *
 * <p>Run it with {@code src/bench/generate-data.sh} (see docs/performance.md). The database is migrated first; it
 * should be empty (the demo data may be in it: ids and references start far beyond it).
 */
public final class ScaleData {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final BigDecimal FRAME = new BigDecimal("300000000.00");
    private static final BigDecimal WITHHELD_PERCENT = BigDecimal.valueOf(20);
    private static final String[] CATEGORIES = {"ELECTRONIC_PATIENT_RECORD", "WELFARE_TECHNOLOGY",
        "DIGITAL_HOME_FOLLOW_UP", "DATA_SHARING", "OTHER"};
    private static final String[] KINDS = {"TIME_SAVED_HOURS_PER_YEAR", "COST_SAVED_NOK_PER_YEAR", "QUALITY"};
    private static final String[] CASE_HANDLERS = {"saksbehandler1", "saksbehandler2", "saksbehandler3"};
    private static final String[] APPROVERS = {"godkjenner1", "godkjenner2"};
    private static final int[] WEIGHTS = {50, 30, 20};
    private static final long FIRST_ID = 10_000_000L;
    /** The tables in the order their foreign keys need the rows sent. */
    private static final List<String> ORDER = List.of("funding_call", "call_category", "assessment_criterion",
            "application", "application_partner", "planned_milestone", "benefit_target", "assessment",
            "criterion_score", "plan_milestone", "grant_award", "grant_milestone", "payment", "payment_batch",
            "payment_batch_item", "benefit_measurement", "audit_event");

    /** What was made, per table, and the money per budget year. */
    public record Summary(Map<String, Integer> rows, Map<Integer, BigDecimal> committed) {
    }

    private final Connection connection;
    private final Random random;
    private final LocalDate today;
    private long nextId = FIRST_ID;
    private final Map<String, JdbcBatch> batches = new LinkedHashMap<>();
    private final Map<Integer, BigDecimal> committed = new LinkedHashMap<>();
    private final Map<String, List<long[]>> sentByMonth = new LinkedHashMap<>();

    private ScaleData(Connection connection, long seed, LocalDate today) {
        this.connection = connection;
        this.random = new Random(seed);
        this.today = today;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--url", "jdbc:h2:file:./data/gevinst",
                "--years", "10", "--seed", "1"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        // The application's own defaults: sa/sa on the embedded H2; trust authentication on a local PostgreSQL.
        boolean h2 = options.get("--url").startsWith("jdbc:h2:");
        options.putIfAbsent("--user", h2 ? "sa" : "postgres");
        options.putIfAbsent("--password", h2 ? "sa" : "");
        long started = System.nanoTime();
        migrate(options.get("--url"), options.get("--user"), options.get("--password"));
        try (Connection connection = DriverManager.getConnection(options.get("--url"), options.get("--user"),
                options.get("--password"))) {
            Summary summary = generate(connection, Integer.parseInt(options.get("--years")),
                    Long.parseLong(options.get("--seed")), LocalDate.now(NORWAY));
            System.out.printf(Locale.ROOT, "Generated %s years into %s in %.1f s:%n  rows %s%n  committed %s%n",
                    options.get("--years"), options.get("--url"), (System.nanoTime() - started) / 1e9,
                    summary.rows(), summary.committed());
        }
    }

    /** The application's own migrations: the common ones, this database's own, and the municipality register. */
    public static void migrate(String url, String user, String password) {
        String vendor = url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
        Flyway.configure(ScaleData.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .javaMigrations(new MunicipalityRegisterMigration()).load().migrate();
    }

    /** {@code years} budget years ending with the one {@code today} is in, committed in one transaction. */
    public static Summary generate(Connection connection, int years, long seed, LocalDate today) throws SQLException {
        connection.setAutoCommit(false);
        ScaleData data = new ScaleData(connection, seed, today);
        int last = today.getYear();
        for (int year = last - years + 1; year <= last; year++) {
            data.year(year);
        }
        data.batches();
        data.flush();
        data.sequencesBeyondUs();
        connection.commit();
        Map<String, Integer> rows = new LinkedHashMap<>();
        data.batches.forEach((table, batch) -> rows.put(table, batch.rows()));
        return new Summary(rows, data.committed);
    }

    private void flush() throws SQLException {
        for (String table : ORDER) {
            JdbcBatch batch = batches.get(table);
            if (batch != null) {
                batch.flush();
            }
        }
    }

    /** Updates the row, or inserts it if there is none (the demo data may have made this year's already). */
    private void upsert(String update, String insert, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(update)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            if (statement.executeUpdate() > 0) {
                return;
            }
        }
        try (var statement = connection.prepareStatement(insert)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private JdbcBatch insert(String table, String columns) throws SQLException {
        if (!ORDER.contains(table)) {
            throw new IllegalArgumentException("not in the insert order: " + table);
        }
        JdbcBatch batch = batches.get(table);
        if (batch == null) {
            String marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
            batch = new JdbcBatch(connection, "insert into " + table + " (" + columns + ") values (" + marks + ")");
            batches.put(table, batch);
        }
        return batch;
    }

    private long id() {
        return nextId++;
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(NORWAY).toInstant());
    }

    private static BigDecimal money(long kroner) {
        return BigDecimal.valueOf(kroner).setScale(2);
    }

    private void event(LocalDate day, String user, String kind, long applicationId, String details) throws SQLException {
        insert("audit_event", "id, occurred_at, username, kind, entity_type, entity_id, details")
                .add(id(), at(day, 10 + random.nextInt(6)), user, kind, "Application", String.valueOf(applicationId),
                        details);
    }

    private record Applied(long id, String municipality, BigDecimal amount, List<BigDecimal> milestones,
            List<LocalDate> dueDates, LocalDate plannedOperation, BigDecimal score, long[] targets,
            BigDecimal[] baselines, BigDecimal[] goals) {
    }

    private void year(int year) throws SQLException {
        long call = id();
        LocalDate opens = LocalDate.of(year - 1, 10, 1);
        LocalDate closes = LocalDate.of(year - 1, 12, 15);
        LocalDate decided = LocalDate.of(year, 2, 15);
        insert("funding_call", "id, budget_year, title, opens_on, closes_on, frame, withheld_percent,"
                + " max_cost_share_percent, reporting_period_years")
                .add(call, year, "Helseteknologi i kommunene " + year, Date.valueOf(opens),
                        Date.valueOf(closes), FRAME, WITHHELD_PERCENT, BigDecimal.valueOf(50), 3);
        for (String category : CATEGORIES) {
            insert("call_category", "call_id, category").add(call, category);
        }
        long[] criteria = new long[WEIGHTS.length];
        String[] names = {"Forventede gevinster", "Gjennomførbarhet", "Forankring"};
        for (int c = 0; c < criteria.length; c++) {
            criteria[c] = id();
            insert("assessment_criterion", "id, call_id, position, name, weight").add(criteria[c], call, c, names[c],
                    WEIGHTS[c]);
        }
        List<String> municipalities = municipalities();
        int count = 380 + random.nextInt(41);
        List<Applied> applied = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            applied.add(apply(year, call, criteria, n, opens.plusDays(random.nextInt(75)), decided, municipalities));
        }
        upsert("update reference_counter set last_number = greatest(last_number, ?) where budget_year = ?",
                "insert into reference_counter (last_number, budget_year) values (?, ?)", 90_000 + count, year);
        // Granted by weighted score while the frame allows; the rest rejected.
        applied.sort(Comparator.comparing(Applied::score).reversed().thenComparing(Applied::id));
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal freedAndForfeited = BigDecimal.ZERO;
        boolean decidedYet = !decided.isAfter(today);
        for (Applied a : applied) {
            boolean grant = granted.add(a.amount()).compareTo(FRAME) <= 0;
            String recommender = CASE_HANDLERS[(int) (a.id() % CASE_HANDLERS.length)];
            String approver = APPROVERS[(int) (a.id() % APPROVERS.length)];
            insert("assessment", "application_id, assessor, impartiality_declared_at, outcome, amount, weighted_score,"
                    + " justification, recommended_by, recommended_at, decided_by, decided_at, decision_comment")
                    .add(a.id(), recommender, at(closes.plusDays(10), 9), grant ? "GRANT" : "REJECT",
                            grant ? a.amount() : null, a.score(), "Vurdert etter kriteriene.", recommender,
                            at(decided.minusDays(14), 14), decidedYet ? approver : null,
                            decidedYet ? at(decided, 11) : null, decidedYet ? "Vedtak etter innstilling." : null);
            for (int c = 0; c < criteria.length; c++) {
                insert("criterion_score", "application_id, criterion_id, score").add(a.id(), criteria[c],
                        1 + (int) ((a.id() * 7 + c * 3) % 6));
            }
            event(closes.plusDays(10), recommender, "APPLICATION_TAKEN", a.id(), "habil");
            event(decided.minusDays(14), recommender, "APPLICATION_RECOMMENDED", a.id(), grant ? "GRANT" : "REJECT");
            if (grant) {
                for (int m = 0; m < a.milestones().size(); m++) {
                    insert("plan_milestone", "id, application_id, position, title, due_date, amount").add(id(), a.id(),
                            m, "Milepæl " + (m + 1), Date.valueOf(a.dueDates().get(m)), a.milestones().get(m));
                }
            }
            if (!decidedYet) {
                status(a.id(), "RECOMMENDED");
                continue;
            }
            event(decided, approver, grant ? "DECISION_GRANTED" : "DECISION_REJECTED", a.id(), null);
            if (!grant) {
                status(a.id(), "REJECTED");
                continue;
            }
            granted = granted.add(a.amount());
            freedAndForfeited = freedAndForfeited.add(grant(year, a, decided, recommender, approver));
        }
        committed.put(year, granted.subtract(freedAndForfeited));
        upsert("update budget_year set committed = committed + ? where budget_year = ?",
                "insert into budget_year (committed, budget_year) values (?, ?)", granted.subtract(freedAndForfeited),
                year);
        flush();
    }

    private List<String> municipalities() throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (var rs = connection.createStatement().executeQuery("select number from municipality where valid_to is null"
                + " order by number")) {
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        return numbers;
    }

    private void status(long application, String status) {
        statuses.put(application, status);
    }

    /** The applications' statuses, written when all else is known (the row is inserted first, for the keys). */
    private final Map<Long, String> statuses = new LinkedHashMap<>();

    private Applied apply(int year, long call, long[] criteria, int number, LocalDate submitted, LocalDate decided,
            List<String> municipalities) throws SQLException {
        long id = id();
        String lead = municipalities.get(random.nextInt(municipalities.size()));
        BigDecimal amount = money(100_000L * (2 + random.nextInt(29)));
        int parts = 2 + random.nextInt(3);
        List<BigDecimal> milestones = new ArrayList<>();
        List<LocalDate> dueDates = new ArrayList<>();
        BigDecimal left = amount;
        for (int m = 0; m < parts; m++) {
            BigDecimal part = m == parts - 1 ? left
                    : amount.divide(BigDecimal.valueOf(parts), 0, RoundingMode.DOWN).setScale(2);
            milestones.add(part);
            left = left.subtract(part);
            dueDates.add(decided.plusMonths(3L + 4L * m + random.nextInt(3)));
        }
        LocalDate plannedOperation = dueDates.get(parts - 1).plusMonths(1 + random.nextInt(3));
        String reference = String.format(Locale.ROOT, "HT-%d-%05d", year, 90_000 + number);
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        insert("application", "id, call_id, municipality_number, reference, status, title, category, summary,"
                + " service_change, contact_name, contact_email, bank_account, eligible_cost, own_contribution,"
                + " requested_amount, planned_start, planned_operation, created_at, created_by, submitted_at")
                .add(id, call, lead, reference, "SUBMITTED", "Prosjekt " + reference, category,
                        "Sammendrag av prosjektet.", "Slik endres tjenesten.", "Kontaktperson", "post@kommune.example",
                        "86011117947", amount.multiply(BigDecimal.valueOf(2)), amount, amount,
                        Date.valueOf(decided.plusMonths(1)), Date.valueOf(plannedOperation),
                        at(submitted.minusDays(14), 9), "kommune-" + lead, at(submitted, 15));
        status(id, "SUBMITTED");
        if (random.nextInt(4) == 0) {
            for (int p = 0, partners = 1 + random.nextInt(3); p < partners; p++) {
                String partner = municipalities.get(random.nextInt(municipalities.size()));
                if (!partner.equals(lead)) {
                    insert("application_partner", "application_id, municipality_number").addUnique(id + ":" + partner,
                            id, partner);
                }
            }
        }
        for (int m = 0; m < parts; m++) {
            insert("planned_milestone", "id, application_id, position, title, due_date, amount").add(id(), id, m,
                    "Milepæl " + (m + 1), Date.valueOf(dueDates.get(m)), milestones.get(m));
        }
        int targetCount = 1 + random.nextInt(2);
        long[] targets = new long[targetCount];
        BigDecimal[] baselines = new BigDecimal[targetCount];
        BigDecimal[] goals = new BigDecimal[targetCount];
        for (int t = 0; t < targetCount; t++) {
            targets[t] = id();
            baselines[t] = BigDecimal.valueOf(500 + random.nextInt(5000));
            goals[t] = baselines[t].multiply(BigDecimal.valueOf(50 + random.nextInt(40)))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
            insert("benefit_target", "id, application_id, position, indicator, kind, unit, baseline, baseline_date,"
                    + " target, target_date, owner").add(targets[t], id, t, "Indikator " + (t + 1),
                    KINDS[random.nextInt(KINDS.length)], "timer per år", baselines[t],
                    Date.valueOf(submitted.minusMonths(6)), goals[t], Date.valueOf(plannedOperation.plusYears(3)),
                    "Kommunalsjef");
        }
        event(submitted.minusDays(14), "kommune-" + lead, "APPLICATION_CREATED", id, null);
        event(submitted, "kommune-" + lead, "APPLICATION_SUBMITTED", id, reference);
        BigDecimal score = BigDecimal.ZERO;
        for (int c = 0; c < criteria.length; c++) {
            score = score.add(BigDecimal.valueOf((1 + (id * 7 + c * 3) % 6) * WEIGHTS[c]));
        }
        return new Applied(id, lead, amount, milestones, dueDates, plannedOperation,
                score.divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP), targets, baselines, goals);
    }

    /** The grant's life up to today; returns what it freed and forfeited back to the frame. */
    private BigDecimal grant(int year, Applied a, LocalDate decided, String caseHandler, String approver)
            throws SQLException {
        String user = "kommune-" + a.municipality();
        LocalDate operationDeadline = a.plannedOperation().plusMonths(12);
        int fate = random.nextInt(100);
        boolean lapses = fate < 4;
        boolean cancelled = fate >= 4 && fate < 8;
        boolean expires = fate >= 8 && fate < 11 && operationDeadline.isBefore(today);
        LocalDate answered = decided.plusDays(10 + random.nextInt(20));
        boolean answeredYet = !answered.isAfter(today);
        LocalDate ends = cancelled ? a.dueDates().get(0).plusMonths(2) : expires ? operationDeadline : null;
        if (ends != null && ends.isAfter(today)) {
            ends = null;
            cancelled = false;
        }
        BigDecimal withheldTotal = BigDecimal.ZERO;
        BigDecimal notVerified = BigDecimal.ZERO;
        boolean allVerified = true;
        List<Long> milestoneIds = new ArrayList<>();
        List<String> milestoneStatuses = new ArrayList<>();
        for (int m = 0; m < a.milestones().size(); m++) {
            LocalDate due = a.dueDates().get(m);
            LocalDate verified = due.plusDays(10);
            boolean done = !lapses && answeredYet && verified.plusDays(5).isBefore(today)
                    && (ends == null || verified.isBefore(ends));
            boolean reported = !done && !lapses && answeredYet && due.isBefore(today) && ends == null;
            long milestone = id();
            milestoneIds.add(milestone);
            String status = done ? "VERIFIED" : lapses || ends != null ? "FREED" : reported ? "REPORTED" : "PLANNED";
            milestoneStatuses.add(status);
            insert("grant_milestone", "id, application_id, position, title, due_date, amount, status, completed_on,"
                    + " description, reported_by, reported_at, verified_by, verified_at")
                    .add(milestone, a.id(), m, "Milepæl " + (m + 1), Date.valueOf(due), a.milestones().get(m), status,
                            done || reported ? Date.valueOf(due.minusDays(5)) : null,
                            done || reported ? "Levert som planlagt." : null, done || reported ? user : null,
                            done || reported ? at(due, 12) : null, done ? caseHandler : null,
                            done ? at(verified, 13) : null);
            if (done) {
                BigDecimal gross = a.milestones().get(m);
                BigDecimal withheld = gross.multiply(WITHHELD_PERCENT).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
                withheldTotal = withheldTotal.add(withheld);
                payment(a.id(), milestone, "MILESTONE", gross, withheld, verified, caseHandler, approver);
                event(due, user, "MILESTONE_REPORTED", a.id(), "Milepæl " + (m + 1));
                event(verified, caseHandler, "MILESTONE_VERIFIED", a.id(), "Milepæl " + (m + 1));
            } else {
                allVerified = false;
                if (!"FREED".equals(status)) {
                    notVerified = notVerified.add(a.milestones().get(m));
                }
            }
        }
        LocalDate operation = a.plannedOperation();
        boolean operational = !lapses && ends == null && allVerified && operation.plusDays(30).isBefore(today);
        LocalDate confirmed = operation.plusDays(20);
        boolean closed = operational && operation.plusYears(3).isBefore(today);
        BigDecimal freed = BigDecimal.ZERO;
        BigDecimal forfeited = BigDecimal.ZERO;
        String status;
        if (lapses) {
            freed = a.amount();
            status = "LAPSED";
            event(decided.plusDays(42), "system", "GRANT_LAPSED", a.id(), null);
        } else if (ends != null) {
            for (int m = 0; m < a.milestones().size(); m++) {
                if ("FREED".equals(milestoneStatuses.get(m))) {
                    freed = freed.add(a.milestones().get(m));
                }
            }
            forfeited = withheldTotal;
            status = cancelled ? "CANCELLED" : "EXPIRED";
            event(ends, cancelled ? approver : "system", cancelled ? "GRANT_CANCELLED" : "GRANT_EXPIRED", a.id(), null);
        } else if (!answeredYet) {
            status = "GRANTED";
        } else if (closed) {
            status = "CLOSED";
        } else if (operational) {
            status = "OPERATIONAL";
        } else {
            status = milestoneStatuses.contains("VERIFIED") ? "IN_PROGRESS" : "ACCEPTED";
        }
        if (!lapses && answeredYet) {
            event(answered, user, "GRANT_ACCEPTED", a.id(), null);
        }
        if (operational) {
            payment(a.id(), null, "RELEASE", withheldTotal, BigDecimal.ZERO.setScale(2), confirmed, caseHandler,
                    approver);
            event(operation.plusDays(5), user, "OPERATION_REPORTED", a.id(), operation.toString());
            event(confirmed, caseHandler, "OPERATION_CONFIRMED", a.id(), "frigitt " + withheldTotal);
            measure(a, operation, closed);
            if (closed) {
                event(operation.plusYears(3).plusDays(1), "system", "GRANT_CLOSED", a.id(), null);
            }
        }
        status(a.id(), status);
        insert("grant_award", "application_id, budget_year, amount, decided_by, decided_at, withheld_percent,"
                + " acceptance_deadline, operation_deadline, answered_by, answered_at, freed, forfeited,"
                + " in_operation_since, operation_description, operation_reported_by, operation_confirmed_by,"
                + " operation_confirmed_at, ended_by, ended_at, end_reason")
                .add(a.id(), year, a.amount(), approver, at(decided, 11), WITHHELD_PERCENT,
                        Date.valueOf(decided.plusDays(42)), Date.valueOf(operationDeadline),
                        !lapses && answeredYet ? user : null, !lapses && answeredYet ? at(answered, 10) : null, freed,
                        forfeited, operational ? Date.valueOf(operation) : null,
                        operational ? "Tjenesten er i bruk." : null, operational ? user : null,
                        operational ? caseHandler : null, operational ? at(confirmed, 12) : null,
                        ends != null ? (cancelled ? approver : "system") : closed ? "system" : null,
                        ends != null ? at(ends, 9) : closed ? at(operation.plusYears(3).plusDays(1), 2) : null,
                        ends != null ? (cancelled ? "Prosjektet ble stanset." : "Fristen for drift gikk ut.") : null);
        return freed.add(forfeited);
    }

    /**
     * A payment proposed on {@code day} by the case handler who verified it: approved by an approver a few days later
     * and sent in that month's batch, or still waiting if that is too recent.
     */
    private void payment(long application, Long milestone, String kind, BigDecimal gross, BigDecimal withheld,
            LocalDate day, String caseHandler, String approver) throws SQLException {
        long id = id();
        LocalDate approvedOn = day.plusDays(3);
        boolean approved = approvedOn.isBefore(today);
        LocalDate sentOn = approvedOn.withDayOfMonth(1).plusMonths(1).withDayOfMonth(5);
        boolean sent = sentOn.isBefore(today);
        insert("payment", "id, application_id, milestone_id, kind, gross, withheld, net, status, proposed_by,"
                + " proposed_at, verified_by, approved_by, approved_at, sent_at")
                .add(id, application, milestone, kind, gross, withheld, gross.subtract(withheld),
                        sent ? "SENT" : approved ? "APPROVED" : "PROPOSED", caseHandler, at(day, 13), caseHandler,
                        approved ? approver : null, approved ? at(approvedOn, 10) : null, sent ? at(sentOn, 8) : null);
        if (approved) {
            event(approvedOn, approver, "PAYMENT_APPROVED", application, kind + " " + gross.subtract(withheld));
        }
        if (sent) {
            sentByMonth.computeIfAbsent(sentOn.toString(), k -> new ArrayList<>())
                    .add(new long[] {id, gross.subtract(withheld).movePointRight(2).longValueExact()});
        }
    }

    /** A sent batch per month, holding that month's sent payments; the bank file itself is not kept here. */
    private void batches() throws SQLException {
        for (var month : sentByMonth.entrySet()) {
            long batch = id();
            LocalDate sentOn = LocalDate.parse(month.getKey());
            long øre = month.getValue().stream().mapToLong(p -> p[1]).sum();
            byte[] file = ("<!-- generated history: payment batch " + batch + " -->").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8);
            insert("payment_batch", "id, status, payment_count, total, created_by, created_at, sent_by, sent_at,"
                    + " message_id, sha256, content")
                    .add(batch, "SENT", month.getValue().size(), BigDecimal.valueOf(øre, 2), "godkjenner1",
                            at(sentOn.minusDays(1), 14), "godkjenner1", at(sentOn, 8), "GEVINST-B" + batch,
                            "0".repeat(64), file);
            for (long[] payment : month.getValue()) {
                insert("payment_batch_item", "payment_id, batch_id").add(payment[0], batch);
            }
            insert("audit_event", "id, occurred_at, username, kind, entity_type, entity_id, details")
                    .add(id(), at(sentOn, 8), "godkjenner1", "PAYMENT_BATCH_SENT", "PaymentBatch",
                            String.valueOf(batch), month.getValue().size() + " payments");
        }
    }

    /** Yearly measurements from operation, moving from the baseline towards the target, not beyond today. */
    private void measure(Applied a, LocalDate operation, boolean closed) throws SQLException {
        String user = "kommune-" + a.municipality();
        for (int t = 0; t < a.targets().length; t++) {
            BigDecimal baseline = a.baselines()[t];
            BigDecimal goal = a.goals()[t];
            for (int y = 0; y <= 3; y++) {
                LocalDate on = operation.plusYears(y);
                if (on.isAfter(today) || (closed && y == 3 && on.isAfter(operation.plusYears(3)))) {
                    break;
                }
                int progress = Math.min(120, y * 30 + random.nextInt(30));
                BigDecimal value = baseline.add(goal.subtract(baseline).multiply(BigDecimal.valueOf(progress))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP));
                insert("benefit_measurement", "id, benefit_target_id, application_id, measured_on, measured_value,"
                        + " reported_by, reported_at").add(id(), a.targets()[t], a.id(), Date.valueOf(on), value, user,
                        at(on.plusDays(3), 11));
                event(on.plusDays(3), user, "BENEFIT_MEASURED", a.id(), "Indikator " + (t + 1) + ": " + value);
            }
        }
    }

    /**
     * The statuses, now that every fate is known; then every sequence restarted beyond the generated ids, so that
     * the application's own rows never meet them.
     */
    private void sequencesBeyondUs() throws SQLException {
        try (var update = connection.prepareStatement("update application set status = ? where id = ?")) {
            for (var entry : statuses.entrySet()) {
                update.setString(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        long restart = (nextId / 50 + 2) * 50;
        for (String sequence : List.of("funding_call_seq", "assessment_criterion_seq", "application_seq",
                "planned_milestone_seq", "benefit_target_seq", "attachment_seq", "plan_milestone_seq",
                "grant_milestone_seq", "payment_seq", "payment_batch_seq", "benefit_measurement_seq",
                "audit_event_seq", "notification_seq", "user_account_seq")) {
            try (var statement = connection.createStatement()) {
                statement.execute("alter sequence " + sequence + " restart with " + restart);
            }
        }
    }
}
