package no.gevinst.payments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.gevinst.payments.model.Act;
import no.gevinst.payments.model.ModelWorld;
import no.gevinst.payments.model.Runner;
import no.gevinst.payments.model.SystemView;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The money rules proven through the boundaries, in a real Payara Micro and database: random sequences of every act
 * (the decision under the call's and the year's frames, accept, decline, report, verify, send back, approve, reject,
 * report and confirm operation, benefit reports, close, cancel, batch, export, the lapse and expiry jobs and the
 * clock) through the REST API as the real users, side by side with the reference model of {@code payments.model}.
 * After every step the model is compared with what the API shows (statuses, every ledger figure and payment of
 * {@code GET /applications/{id}}, {@code GET /budget/{year}}); every 5xx answer is counted and fails the run. Then
 * the same acts from 8 threads, with changes of the plan too (asked, recommended and decided through the API; the
 * model does not follow them, so only the threads draw them), and decisions racing a lowering of the call's frame, a
 * lapse and a cancel: a 409 is a fine answer under a race, a 5xx or a broken invariant is not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class MoneyRulesIT {

    /** Every act is in the reference model. */
    private static final List<Act.Kind> NOT_MODELLED = List.of();
    /** Steps of the sequential run: seeds × steps per seed. */
    private static final int SEEDS = 21;
    private static final int STEPS = 100;
    /** A bound against a hang: the run must reach its steps; on a loaded machine 2 100 steps take minutes. */
    private static final Duration SEQUENTIAL_BUDGET = Duration.ofMinutes(10);
    private static final Duration CONCURRENT_FOR = Duration.ofSeconds(35);
    /**
     * Budget years no other test class uses (they share the database of a run): 2001–2021 for the sequential
     * seeds, 2022–2023 for the threads, these for the races.
     */
    private static final int[] RACE_YEARS = {2075, 2076, 2077, 2078, 2079, 2086};
    private static final String MUNICIPALITY = "3301";
    private static final String KOMMUNE = "kommune.drammen";
    /** A valid register account (MOD11) for the municipality the tests pay. */
    private static final String REGISTER_ACCOUNT = "86011117947";

    /**
     * Four calls of one year, one per withheld percentage (20, 12.5, 33.33, 0), whose frames hold some of their
     * applications but not all; application 2 is recommended by an approver, who may then not decide it.
     */
    private static final List<String[]> CALLS = List.of(new String[] {"20", "1800000.00"},
            new String[] {"12.5", "750000.01"}, new String[] {"33.33", "100000.03"}, new String[] {"0", "700000.00"});
    private static final List<ModelWorld.Spec> SPECS = List.of(
            new ModelWorld.Spec(0, "20", List.of("333333.33*", "333333.34", "333333.34"), "saksbehandler1", 120),
            new ModelWorld.Spec(1, "12.5", List.of("500000.00", "250000.01"), "saksbehandler2", 60),
            new ModelWorld.Spec(2, "33.33", List.of("0.01", "99999.99*", "0.03"), "godkjenner1", 200),
            new ModelWorld.Spec(3, "0", List.of("700000.00"), "saksbehandler1", 365),
            new ModelWorld.Spec(0, "20", List.of("123456.78*", "234567.89", "345678.90*", "456789.01"),
                    "saksbehandler2", 30));

    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    /** Changes of the plan the concurrent threads got approved. */
    private static final AtomicInteger CHANGES_MADE = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicLong REQUESTS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong REQUEST_NANOS = new java.util.concurrent.atomic.AtomicLong();
    private static final ConcurrentLinkedQueue<String> SERVER_ERROR_LINES = new ConcurrentLinkedQueue<>();

    final URL base = DeployedApplication.reported();

    private volatile Api api;

    /** One client for the whole class, so that its connections are kept and reused. */
    private Api api() {
        if (api == null) {
            api = new Api(Deployments.onLoopback(base));
        }
        return api;
    }

    // ------------------------------------------------------------------ the sequential run

    @Test
    @Order(1)
    void theApiAgreesWithTheModelAfterEveryStepOfRandomSequencesOfEveryAct() {
        registerAccount();
        JsonObject settings = Api.json(call("GET", "api/v1/scheme/settings", "admin", null));
        int acceptanceDays = settings.getInt("acceptanceDeadlineDays");
        int graceDays = settings.getInt("operationGraceDays");
        long started = System.nanoTime();
        int steps = 0;
        List<String> failures = new ArrayList<>();
        List<Act.Mix> mixes = Act.mixes();
        Map<Act.Kind, Runner.Tally> tally = new java.util.EnumMap<>(Act.Kind.class);
        try {
            for (int seed = 0; seed < SEEDS; seed++) {
                if (Duration.ofNanos(System.nanoTime() - started).compareTo(SEQUENTIAL_BUDGET) > 0) {
                    break;
                }
                Act.Mix mix = mixes.get(seed % mixes.size());
                Random random = new Random(20_000L + seed);
                Rest rest = new Rest(2001 + seed, acceptanceDays, graceDays);
                ModelWorld model = rest.model;
                Runner.Outcome outcome = Runner.explore(mix, random, STEPS, SPECS.size(), NOT_MODELLED, () -> model,
                        () -> rest, true, tally);
                List<Act> acts = outcome.acts();
                Optional<String> failure = outcome.failure();
                if (failure.isEmpty()) {
                    rest.refresh(null);
                    failure = rest.view().check(model, frames(rest), yearOfCalls(rest), SPECS.stream()
                            .map(ModelWorld.Spec::call).toList()).map(b -> "at the end: " + b);
                }
                steps += rest.steps;
                if (failure.isPresent()) {
                    failures.add("mix " + mix.name() + ", seed " + (20_000L + seed) + ", year " + rest.year + ": "
                            + failure.get() + "\n  the sequence up to it:\n    " + String.join("\n    ",
                                    acts.stream().map(Act::toString).toList()));
                }
            }
        } finally {
            call("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("MoneyRulesIT sequential: %d steps in %d s (%d requests, %d ms each on average),"
                + " %d failing seed(s), %d 5xx answers; done/tried %s%n", steps, seconds, REQUESTS.get(),
                REQUEST_NANOS.get() / Math.max(1, REQUESTS.get()) / 1_000_000, failures.size(), SERVER_ERRORS.get(),
                tally);
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
        assertEquals(0, SERVER_ERRORS.get(), "5xx answers: " + SERVER_ERROR_LINES);
        assertTrue(steps >= 2000, "at least 2 000 steps within " + SEQUENTIAL_BUDGET + ": " + steps);
    }

    /** The REST API of one run: its applications, their calls in their own budget year, and the clock. */
    final class Rest implements Runner.Subject {

        final int year;
        final ModelWorld model;
        final long[] calls = new long[CALLS.size()];
        final long[] ids = new long[SPECS.size()];
        final JsonObject[] shown = new JsonObject[SPECS.size()];
        final Set<Long> evidenced = new HashSet<>();
        final List<Long> unexported = new ArrayList<>();
        int shift;
        int steps;
        private SystemView view;
        private BigDecimal committed;

        Rest(int year, int acceptanceDays, int graceDays) {
            this.year = year;
            LocalDate today = LocalDate.parse(call("POST", "api/v1/test-support/clock?days=0", "admin", null).body());
            drainApprovedPayments();
            for (int c = 0; c < CALLS.size(); c++) {
                calls[c] = createCall(year, CALLS.get(c)[0], CALLS.get(c)[1], today);
            }
            ModelWorld world = new ModelWorld(today, acceptanceDays, graceDays,
                    Api.json(call("GET", "api/v1/calls/" + calls[0], "admin", null)).getInt("reportingPeriodYears"),
                    SPECS);
            for (int c = 0; c < CALLS.size(); c++) {
                world.call(c, year, CALLS.get(c)[1]);
            }
            this.model = world.maxCostShare("50");
            for (int i = 0; i < SPECS.size(); i++) {
                ids[i] = recommended(calls[SPECS.get(i).call()], SPECS.get(i), today);
            }
            refresh(null);
        }

        @Override
        public String apply(Act act) {
            awayFromTheHourlyJob();
            steps++;
            int i = act.grant();
            String path = "api/v1/applications/" + ids[i];
            String who = act.who().equals("kommune") ? KOMMUNE : act.who();
            HttpResponse<String> answer;
            switch (act.kind()) {
                case DECIDE -> answer = call("POST", path + "/decide", who, "{\"approve\": true, \"comment\": \"Vedtak\"}");
                case ACCEPT -> answer = call("POST", path + "/accept", who, null);
                case DECLINE -> answer = call("POST", path + "/decline", who, null);
                case LAPSE_JOB -> answer = call("POST", "api/v1/test-support/jobs/acceptance-deadlines", "admin", null);
                case EXPIRE_JOB -> answer = call("POST", "api/v1/test-support/jobs/operation-deadlines", "admin", null);
                case REPORT -> {
                    Long milestone = milestoneId(i, act);
                    if (milestone == null) {
                        return "not granted";
                    }
                    if (!evidenced.contains(milestone)) {
                        var evidence = api().upload(path + "/attachments", KOMMUNE, "leveranse.pdf", "application/pdf",
                                PDF, Map.of("milestone", String.valueOf(milestone)));
                        count(evidence, "evidence for " + act);
                        if (evidence.statusCode() == 201) {
                            evidenced.add(milestone);
                        }
                    }
                    answer = call("POST", path + "/milestones/" + milestone + "/report", who, "{\"completedOn\": \""
                            + model.today + "\", \"description\": \"Levert som avtalt\"}");
                }
                case VERIFY, SEND_BACK -> {
                    Long milestone = milestoneId(i, act);
                    if (milestone == null) {
                        return "not granted";
                    }
                    answer = act.kind() == Act.Kind.VERIFY
                            ? call("POST", path + "/milestones/" + milestone + "/verify", who, null)
                            : call("POST", path + "/milestones/" + milestone + "/send-back", who,
                                    "{\"reason\": \"Mangler dokumentasjon\"}");
                }
                case APPROVE, REJECT -> {
                    Long payment = paymentId(i, act);
                    if (payment == null) {
                        return "no payment";
                    }
                    answer = act.kind() == Act.Kind.APPROVE
                            ? call("POST", "api/v1/payments/" + payment + "/approve", who, null)
                            : call("POST", "api/v1/payments/" + payment + "/reject", who, "{\"reason\": \"Feil beløp\"}");
                }
                case REPORT_OPERATION -> answer = call("POST", path + "/operation/report", who, "{\"inOperationSince\": \""
                        + model.today + "\", \"description\": \"Tjenesten er i bruk\"}");
                case CONFIRM_OPERATION -> answer = call("POST", path + "/operation/confirm", who, null);
                case CANCEL -> answer = call("POST", path + "/cancel", who, "{\"reason\": \"Prosjektet er stanset\"}");
                case GO, STOP -> {
                    Long milestone = milestoneId(i, act);
                    if (milestone == null) {
                        return "not granted";
                    }
                    answer = act.kind() == Act.Kind.GO
                            ? call("POST", path + "/milestones/" + milestone + "/go", who,
                                    "{\"justification\": \"Leverer som planlagt\"}")
                            : call("POST", path + "/milestones/" + milestone + "/stop", who,
                                    "{\"reason\": \"Leverer ikke\"}");
                }
                case MEASURE -> answer = call("POST", path + "/benefits/" + shown[i].getJsonArray("benefitTargets")
                        .getJsonObject(0).getJsonNumber("id") + "/measurements", who, "{\"measuredOn\": \""
                        + model.today + "\", \"value\": 20}");
                case CLOSE -> answer = call("POST", path + "/close", who, null);
                case CHANGE -> {
                    JsonObject grant = shown[i].containsKey("grant") && !shown[i].isNull("grant")
                            ? shown[i].getJsonObject("grant") : null;
                    if (grant == null) {
                        return "not granted";
                    }
                    answer = change(path, grant, act, model.today);
                }
                case BATCH -> {
                    answer = call("POST", "api/v1/payment-batches", who, null);
                    if (answer.statusCode() == 201) {
                        unexported.add(Api.json(answer).getJsonNumber("id").longValue());
                    }
                }
                case EXPORT -> {
                    if (unexported.isEmpty()) {
                        return "no batch";
                    }
                    long batch = unexported.remove(act.item() % unexported.size());
                    HttpResponse<byte[]> file = api().download("api/v1/payment-batches/" + batch + "/pain001", who);
                    if (file.statusCode() >= 500) {
                        serverError(act + ": " + file.statusCode());
                        throw new AssertionError("5xx " + file.statusCode() + " exporting batch " + batch);
                    }
                    refresh(null);
                    return file.statusCode() == 200 ? null : "export " + file.statusCode();
                }
                case CLOCK -> {
                    shift += act.days();
                    String today = call("POST", "api/v1/test-support/clock?days=" + shift, "admin", null).body();
                    assertEquals(model.today.plusDays(act.days()).toString(), today, "the clocks of model and server");
                    return null;
                }
                default -> throw new IllegalArgumentException(act.kind().name());
            }
            count(answer, act.toString());
            if (answer.statusCode() >= 500) {
                throw new AssertionError("5xx " + answer.statusCode() + ": " + answer.body());
            }
            boolean global = act.kind() == Act.Kind.LAPSE_JOB || act.kind() == Act.Kind.EXPIRE_JOB
                    || act.kind() == Act.Kind.BATCH;
            boolean answersWithTheApplication = answer.statusCode() == 200 && !global
                    && act.kind() != Act.Kind.APPROVE && act.kind() != Act.Kind.REJECT
                    && act.kind() != Act.Kind.MEASURE && act.kind() != Act.Kind.CHANGE;
            // The year's committed sum moves only with these acts; it is read after them, and every tenth step
            // whatever the act, so that a change by any other act is still found, a few steps later.
            boolean budget = steps % 10 == 0 || java.util.EnumSet.of(Act.Kind.DECIDE, Act.Kind.DECLINE,
                    Act.Kind.LAPSE_JOB, Act.Kind.REJECT, Act.Kind.CANCEL, Act.Kind.STOP, Act.Kind.EXPIRE_JOB,
                    Act.Kind.CLOSE, Act.Kind.CHANGE)
                    .contains(act.kind());
            if (answersWithTheApplication) {
                shown[i] = Api.json(answer); // the application as it is after the act, as GET would show it
                refresh(-1, budget);
            } else {
                refresh(global ? null : i, budget);
            }
            return answer.statusCode() / 100 == 2 ? null : answer.statusCode() + " " + problem(answer);
        }

        private Long milestoneId(int i, Act act) {
            JsonObject grant = shown[i].containsKey("grant") && !shown[i].isNull("grant")
                    ? shown[i].getJsonObject("grant") : null;
            if (grant == null) {
                return null;
            }
            var milestones = grant.getJsonArray("milestones");
            return milestones.getJsonObject(act.item() % milestones.size()).getJsonNumber("id").longValue();
        }

        /** The same choice as the model's: the newest first. */
        private Long paymentId(int i, Act act) {
            JsonObject grant = shown[i].containsKey("grant") && !shown[i].isNull("grant")
                    ? shown[i].getJsonObject("grant") : null;
            if (grant == null || grant.getJsonArray("payments").isEmpty()) {
                return null;
            }
            var payments = grant.getJsonArray("payments");
            return payments.getJsonObject(payments.size() - 1 - act.item() % payments.size()).getJsonNumber("id")
                    .longValue();
        }

        /** Reads the application {@code only} (all when null, none when -1) and the year's budget again. */
        void refresh(Integer only) {
            refresh(only, true);
        }

        private void refresh(Integer only, boolean readBudget) {
            for (int i = 0; i < ids.length; i++) {
                if (only == null || only == i) {
                    HttpResponse<String> read = call("GET", "api/v1/applications/" + ids[i], "ledelse", null);
                    assertEquals(200, read.statusCode(), read.body());
                    shown[i] = Api.json(read);
                }
            }
            if (readBudget || committed == null) {
                HttpResponse<String> budget = call("GET", "api/v1/budget/" + year, "ledelse", null);
                assertEquals(200, budget.statusCode(), budget.body());
                committed = new BigDecimal(Api.json(budget).getString("committed"));
            }
            view = new SystemView(IntStream.range(0, ids.length).mapToObj(i -> grantView(shown[i])).toList(),
                    Map.of(year, committed));
        }

        @Override
        public SystemView view() {
            return view;
        }
    }

    /** What {@code GET /applications/{id}} shows, as the checks read it. */
    static SystemView.Grant grantView(JsonObject application) {
        String status = application.getString("status");
        if (!application.containsKey("grant") || application.isNull("grant")) {
            return new SystemView.Grant(status, null, List.of(), List.of());
        }
        JsonObject g = application.getJsonObject("grant");
        return new SystemView.Grant(status, new SystemView.Ledger(money(g, "amount"), money(g, "paid"),
                money(g, "withheldOutstanding"), money(g, "released"), money(g, "forfeited"), money(g, "notYetDue"),
                money(g, "freed")),
                g.getJsonArray("milestones").getValuesAs(JsonObject.class).stream().map(m -> m.getString("status"))
                        .toList(),
                g.getJsonArray("payments").getValuesAs(JsonObject.class).stream().map(p -> new SystemView.Payment(
                        p.getString("kind").equals("RELEASE"), p.getString("status"), money(p, "gross"),
                        money(p, "withheld"), money(p, "net"))).toList());
    }

    private static BigDecimal money(JsonObject object, String name) {
        return new BigDecimal(object.getString(name));
    }

    // ------------------------------------------------------------------ concurrency

    /**
     * The same random acts from 8 threads for a bounded time on several grants of one year; then the invariants on
     * what the API shows. No model here: under races only the rules that hold whatever the order are checked.
     */
    @Test
    @Order(2)
    void eightThreadsOfRandomActsKeepEveryInvariant() throws Exception {
        registerAccount();
        JsonObject settings = Api.json(call("GET", "api/v1/scheme/settings", "admin", null));
        Rest rest = new Rest(2022, settings.getInt("acceptanceDeadlineDays"), settings.getInt("operationGraceDays"));
        Rest second = new Rest(2023, settings.getInt("acceptanceDeadlineDays"), settings.getInt("operationGraceDays"));
        List<Rest> worlds = List.of(rest, second);
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        long until = System.nanoTime() + CONCURRENT_FOR.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        AtomicInteger acts = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    Random random = new Random(30_000L + thread);
                    Act.Mix mix = Act.mixes().get(thread % Act.mixes().size());
                    while (System.nanoTime() < until) {
                        Rest world = worlds.get(random.nextInt(worlds.size()));
                        Act act = mix.next(random, SPECS.size(), random.nextInt(SPECS.size()),
                                List.of(Act.Kind.CLOCK, Act.Kind.EXPORT), null);
                        int code = concurrentAct(world, act, random);
                        answers.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
                        acts.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get(CONCURRENT_FOR.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("MoneyRulesIT concurrent: %d acts from 8 threads in %d s, answers %s, changes of the plan"
                + " made %d%n", acts.get(), CONCURRENT_FOR.toSeconds(), answers, CHANGES_MADE.get());
        List<String> broken = new ArrayList<>();
        for (Rest world : worlds) {
            world.refresh(null);
            world.view().check(null, frames(world), yearOfCalls(world), SPECS.stream().map(ModelWorld.Spec::call)
                    .toList()).ifPresent(b -> broken.add("year " + world.year + ": " + b));
            assertEquals(new BigDecimal(Api.json(call("GET", "api/v1/budget/" + world.year, "ledelse", null))
                    .getString("committed")),
                    new BigDecimal(call("GET", "api/v1/test-support/committed-by-grants?year=" + world.year, "admin",
                            null).body()), "the budget agrees with the grants stored");
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertEquals(0, SERVER_ERRORS.get(), "5xx answers: " + SERVER_ERROR_LINES);
    }

    /**
     * A change of the plan through its three acts, as the model's walk draws it ({@code GrantModel.replan}): the
     * municipality asks for the milestones not yet verified with the last one's amount raised or lowered to half, the
     * last one removed, or a milestone added with a later operation date; a case handler recommends it, an approver
     * decides it. The first answer that is not a success is the act's; a request left open is withdrawn, so that the
     * next change may be asked.
     */
    private HttpResponse<String> change(String path, JsonObject grant, Act act, LocalDate today) {
        var lines = Json.createArrayBuilder();
        BigDecimal total = BigDecimal.ZERO;
        List<JsonObject> unpaid = new ArrayList<>(grant.getJsonArray("milestones").getValuesAs(JsonObject.class)
                .stream().filter(m -> List.of("PLANNED", "REPORTED").contains(m.getString("status"))).toList());
        for (JsonObject m : grant.getJsonArray("milestones").getValuesAs(JsonObject.class)) {
            if (m.getString("status").equals("VERIFIED")) {
                total = total.add(new BigDecimal(m.getString("amount")));
            }
        }
        int kind = act.item() % 4;
        BigDecimal step = BigDecimal.valueOf(act.days() * 1000L);
        if (kind == 2 && !unpaid.isEmpty()) {
            unpaid.remove(unpaid.size() - 1);
        }
        for (int i = 0; i < unpaid.size(); i++) {
            JsonObject m = unpaid.get(i);
            BigDecimal amount = new BigDecimal(m.getString("amount"));
            if (i == unpaid.size() - 1 && kind < 2) {
                amount = kind == 0 ? amount.add(step)
                        : amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
            }
            total = total.add(amount);
            lines.add(Json.createObjectBuilder().add("id", m.getJsonNumber("id").longValue())
                    .add("title", m.getString("title")).add("dueDate", m.getString("dueDate"))
                    .add("amount", amount.setScale(2).toPlainString()));
        }
        var body = Json.createObjectBuilder().add("justification", "Endret plan");
        if (kind == 3) {
            total = total.add(step);
            lines.add(Json.createObjectBuilder().add("title", "Ny milepæl")
                    .add("dueDate", today.plusDays(act.days()).toString()).add("amount", step.setScale(2).toPlainString()));
            body.add("plannedOperationDate", today.plusDays(act.days() + 30L).toString());
        }
        HttpResponse<String> asked = call("POST", path + "/changes", KOMMUNE, body
                .add("amount", total.setScale(2).toPlainString()).add("milestones", lines).build().toString());
        if (asked.statusCode() != 201) {
            return asked;
        }
        String change = path + "/changes/" + Api.json(asked).getJsonNumber("id");
        HttpResponse<String> recommended = call("POST", change + "/recommend", Act.HANDLERS.get(act.person() % 2),
                "{\"approve\": true, \"comment\": \"Rimelig\"}");
        HttpResponse<String> decided = recommended.statusCode() != 200 ? recommended
                : call("POST", change + "/decide", act.who(), "{\"approve\": true, \"comment\": \"Godkjent\"}");
        if (decided.statusCode() == 200) {
            CHANGES_MADE.incrementAndGet();
        } else {
            count(call("POST", change + "/withdraw", KOMMUNE, null), "withdraw");
        }
        return decided;
    }

    /** One act of a thread, without a model: the HTTP status it got (0 when there was nothing to act on). */
    private int concurrentAct(Rest world, Act act, Random random) {
        int i = act.grant();
        String path = "api/v1/applications/" + world.ids[i];
        String who = act.who().equals("kommune") ? KOMMUNE : act.who();
        JsonObject application = Api.json(call("GET", path, "ledelse", null));
        JsonObject grant = !application.containsKey("grant") || application.isNull("grant") ? null
                : application.getJsonObject("grant");
        HttpResponse<String> answer = switch (act.kind()) {
            case DECIDE -> call("POST", path + "/decide", who, "{\"approve\": true, \"comment\": \"Vedtak\"}");
            case ACCEPT, DECLINE, CANCEL, CLOSE -> call("POST", path + "/" + act.kind().name().toLowerCase(), who,
                    act.kind() == Act.Kind.CANCEL ? "{\"reason\": \"Stanset\"}" : null);
            case LAPSE_JOB -> call("POST", "api/v1/test-support/jobs/acceptance-deadlines", "admin", null);
            case EXPIRE_JOB -> call("POST", "api/v1/test-support/jobs/operation-deadlines", "admin", null);
            case REPORT, VERIFY, SEND_BACK, GO, STOP -> {
                if (grant == null) {
                    yield null;
                }
                var milestones = grant.getJsonArray("milestones");
                long milestone = milestones.getJsonObject(act.item() % milestones.size()).getJsonNumber("id").longValue();
                if (act.kind() == Act.Kind.REPORT && world.evidenced.add(milestone)) {
                    count(api().upload(path + "/attachments", KOMMUNE, "leveranse.pdf", "application/pdf", PDF,
                            Map.of("milestone", String.valueOf(milestone))), "evidence");
                }
                String m = path + "/milestones/" + milestone;
                yield switch (act.kind()) {
                    case REPORT -> call("POST", m + "/report", who, "{\"completedOn\": \"" + today()
                            + "\", \"description\": \"Levert\"}");
                    case VERIFY -> call("POST", m + "/verify", who, null);
                    case GO -> call("POST", m + "/go", who, "{\"justification\": \"Fortsett\"}");
                    case STOP -> call("POST", m + "/stop", who, "{\"reason\": \"Stanset\"}");
                    default -> call("POST", m + "/send-back", who, "{\"reason\": \"Mangler\"}");
                };
            }
            case APPROVE, REJECT -> {
                if (grant == null || grant.getJsonArray("payments").isEmpty()) {
                    yield null;
                }
                var payments = grant.getJsonArray("payments");
                long payment = payments.getJsonObject(payments.size() - 1 - act.item() % payments.size())
                        .getJsonNumber("id").longValue();
                yield act.kind() == Act.Kind.APPROVE ? call("POST", "api/v1/payments/" + payment + "/approve", who, null)
                        : call("POST", "api/v1/payments/" + payment + "/reject", who, "{\"reason\": \"Feil\"}");
            }
            case REPORT_OPERATION -> call("POST", path + "/operation/report", who, "{\"inOperationSince\": \""
                    + today() + "\", \"description\": \"I drift\"}");
            case CONFIRM_OPERATION -> call("POST", path + "/operation/confirm", who, null);
            case MEASURE -> call("POST", path + "/benefits/" + application.getJsonArray("benefitTargets")
                    .getJsonObject(0).getJsonNumber("id") + "/measurements", who, "{\"measuredOn\": \"" + today()
                    + "\", \"value\": 20}");
            case BATCH -> {
                HttpResponse<String> batch = call("POST", "api/v1/payment-batches", who, null);
                if (batch.statusCode() == 201) {
                    count(api().send("GET", "api/v1/payment-batches/" + Api.json(batch).getJsonNumber("id")
                            + "/pain001", who, null), "export");
                }
                yield batch;
            }
            case CHANGE -> grant == null ? null : change(path, grant, act, today());
            default -> null;
        };
        if (answer == null) {
            return 0;
        }
        count(answer, act.toString());
        return answer.statusCode();
    }

    /**
     * Decisions racing a lowering of the call's frame, a lapse and a cancel, many rounds: whatever wins, no 5xx,
     * and afterwards committed ≤ the call's frame, the year's committed equals its grants', every grant balances.
     */
    @Test
    @Order(3)
    void decisionsRacingAFrameLoweringALapseAndACancelKeepTheFrames() throws Exception {
        registerAccount();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        Map<String, Map<Integer, AtomicInteger>> answers = new ConcurrentHashMap<>();
        List<String> broken = new ArrayList<>();
        try {
            for (int r = 0; r < 6; r++) {
                int round = r;
                int year = RACE_YEARS[round];
                LocalDate today = LocalDate.parse(call("POST", "api/v1/test-support/clock?days=0", "admin", null).body());
                long callId = createCall(year, "20", "1000000.00", today);
                // Three to decide now, two accepted grants to lapse and to cancel.
                List<Long> toDecide = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    toDecide.add(recommended(callId, new ModelWorld.Spec(0, "20", List.of("150000.00", "150000.00"),
                            "saksbehandler1", 200), today));
                }
                long toLapse = recommended(callId, new ModelWorld.Spec(0, "20", List.of("100000.00"), "saksbehandler1",
                        200), today);
                long toCancel = recommended(callId, new ModelWorld.Spec(0, "20", List.of("100000.00"),
                        "saksbehandler1", 200), today);
                count(call("POST", "api/v1/applications/" + toLapse + "/decide", "godkjenner2",
                        "{\"approve\": true, \"comment\": \"V\"}"), "decide");
                count(call("POST", "api/v1/applications/" + toCancel + "/decide", "godkjenner2",
                        "{\"approve\": true, \"comment\": \"V\"}"), "decide");
                count(call("POST", "api/v1/applications/" + toCancel + "/accept", KOMMUNE, null), "accept");
                // the lapse needs the acceptance deadline behind us: the clock moves for everyone (the decisions too)
                JsonObject settings = Api.json(call("GET", "api/v1/scheme/settings", "admin", null));
                call("POST", "api/v1/test-support/clock?days=" + (settings.getInt("acceptanceDeadlineDays") + 1),
                        "admin", null);
                JsonObject callView = Api.json(call("GET", "api/v1/calls/" + callId, "admin", null));
                List<java.util.concurrent.Callable<String[]>> racers = new ArrayList<>();
                for (int i = 0; i < toDecide.size(); i++) {
                    long id = toDecide.get(i);
                    String approver = Act.APPROVERS.get(i % 2);
                    racers.add(() -> new String[] {"decide", String.valueOf(count(call("POST", "api/v1/applications/"
                            + id + "/decide", approver, "{\"approve\": true, \"comment\": \"V\"}"), "decide race"))});
                }
                racers.add(() -> new String[] {"lower frame", String.valueOf(count(lowerFrame(callView, "500000.00"),
                        "lower frame race"))});
                racers.add(() -> new String[] {"lapse", String.valueOf(count(call("POST",
                        "api/v1/test-support/jobs/acceptance-deadlines", "admin", null), "lapse race"))});
                racers.add(() -> new String[] {"cancel", String.valueOf(count(call("POST", "api/v1/applications/"
                        + toCancel + "/cancel", "godkjenner1", "{\"reason\": \"Stanset\"}"), "cancel race"))});
                for (Future<String[]> result : threads.invokeAll(racers, 120, TimeUnit.SECONDS)) {
                    String[] raced = result.get();
                    answers.computeIfAbsent(raced[0], k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(Integer.valueOf(raced[1]), k -> new AtomicInteger()).incrementAndGet();
                }
                call("POST", "api/v1/test-support/clock?days=0", "admin", null);
                BigDecimal frame = new BigDecimal(Api.json(call("GET", "api/v1/calls/" + callId, "admin", null))
                        .getString("frame"));
                BigDecimal committed = new BigDecimal(Api.json(call("GET", "api/v1/budget/" + year, "ledelse", null))
                        .getString("committed"));
                BigDecimal byGrants = new BigDecimal(call("GET", "api/v1/test-support/committed-by-grants?year=" + year,
                        "admin", null).body());
                if (committed.compareTo(frame) > 0 || committed.compareTo(byGrants) != 0) {
                    broken.add("round " + round + ": frame " + frame + ", committed " + committed + ", by grants "
                            + byGrants);
                }
                List<Long> all = new ArrayList<>(toDecide);
                all.add(toLapse);
                all.add(toCancel);
                List<SystemView.Grant> grants = all.stream().map(id -> grantView(Api.json(call("GET",
                        "api/v1/applications/" + id, "ledelse", null)))).toList();
                new SystemView(grants, Map.of(year, committed)).check(null, Map.of(0, frame), Map.of(0, year),
                        all.stream().map(id -> 0).toList()).ifPresent(b -> broken.add("round " + round + ": " + b));
            }
        } finally {
            threads.shutdownNow();
            call("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        System.out.println("MoneyRulesIT races: " + answers);
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertEquals(0, SERVER_ERRORS.get(), "5xx answers: " + SERVER_ERROR_LINES);
    }

    private HttpResponse<String> lowerFrame(JsonObject call, String frame) {
        String body = """
                {"budgetYear": %d, "title": "%s", "opensOn": "%s", "closesOn": "%s", "frame": "%s",
                 "withheldPercent": %s, "maxCostSharePercent": %s, "categories": ["WELFARE_TECHNOLOGY"],
                 "criteria": [{"name": "Gevinster", "weight": 60}, {"name": "Gjennomførbarhet", "weight": 40}]}
                """.formatted(call.getInt("budgetYear"), call.getString("title"), call.getString("opensOn"),
                call.getString("closesOn"), frame, call.getJsonNumber("withheldPercent"),
                call.getJsonNumber("maxCostSharePercent"));
        return api().send("PUT", "api/v1/calls/" + call.getJsonNumber("id"), "admin", body, "If-Match",
                "\"" + call.getJsonNumber("version") + "\"");
    }

    private static Map<Integer, BigDecimal> frames(Rest world) {
        Map<Integer, BigDecimal> frames = new HashMap<>();
        world.model.budget.calls.forEach((c, m) -> frames.put(c, m.frame));
        return frames;
    }

    private static Map<Integer, Integer> yearOfCalls(Rest world) {
        Map<Integer, Integer> years = new HashMap<>();
        world.model.budget.calls.forEach((c, m) -> years.put(c, m.year));
        return years;
    }

    // ------------------------------------------------------------------ making the data, as the users do

    /** The municipality the tests pay has a valid account in the register, set by an administrator. */
    private void registerAccount() {
        HttpResponse<String> read = call("GET", "api/v1/municipalities/" + MUNICIPALITY, "admin", null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject municipality = Api.json(read);
        if (REGISTER_ACCOUNT.equals(municipality.isNull("bankAccount") ? null
                : municipality.getString("bankAccount").replaceAll("\\D", ""))) {
            return;
        }
        String email = municipality.isNull("contactEmail") ? "postmottak@drammen.example"
                : municipality.getString("contactEmail");
        HttpResponse<String> revised = api().send("PUT", "api/v1/municipalities/" + MUNICIPALITY, "admin",
                "{\"contactEmail\": \"" + email + "\", \"bankAccount\": \"" + REGISTER_ACCOUNT + "\", \"languageForm\": \""
                        + municipality.getString("languageForm") + "\"}",
                "If-Match", read.headers().firstValue("ETag").orElse("\"" + municipality.getJsonNumber("version") + "\""));
        count(revised, "register account");
        assertEquals(200, revised.statusCode(), revised.body());
    }

    private long createCall(int year, String percent, String frame, LocalDate today) {
        String json = """
                {"budgetYear": %d, "title": "Modell %d %s", "opensOn": "%s", "closesOn": "%s", "frame": "%s",
                 "withheldPercent": %s, "maxCostSharePercent": 50, "categories": ["WELFARE_TECHNOLOGY"],
                 "criteria": [{"name": "Gevinster", "weight": 60}, {"name": "Gjennomførbarhet", "weight": 40}]}
                """.formatted(year, year, percent, today.minusDays(5), today.plusDays(5), frame, percent);
        HttpResponse<String> created = call("POST", "api/v1/calls", "admin", json);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getJsonNumber("id").longValue();
    }

    /** Drammen applies to the call with the spec's plan; its recommender takes it impartially and recommends it. */
    private long recommended(long callId, ModelWorld.Spec spec, LocalDate today) {
        BigDecimal requested = spec.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String plan = IntStream.range(0, spec.plan().size()).mapToObj(m -> "{\"title\": \"Milepæl " + (m + 1)
                + "\", \"dueDate\": \"" + today.plusMonths(m + 1) + "\", \"amount\": \""
                + spec.amounts().get(m).toPlainString() + "\"}")
                .collect(Collectors.joining(", "));
        // the case handler makes the spec's decision points of the applicant's plan
        String recommendedPlan = IntStream.range(0, spec.plan().size()).mapToObj(m -> "{\"title\": \"Milepæl "
                + (m + 1) + "\", \"dueDate\": \"" + today.plusMonths(m + 1) + "\", \"amount\": \""
                + spec.amounts().get(m).toPlainString() + "\", \"decisionPoint\": " + spec.decisionPoint(m) + "}")
                .collect(Collectors.joining(", "));
        String json = """
                {"callId": %d, "title": "Modell", "category": "WELFARE_TECHNOLOGY", "summary": "S",
                 "serviceChange": "T", "contactName": "K", "contactEmail": "k@drammen.example",
                 "bankAccount": "86011117947", "eligibleCost": "%s", "ownContribution": "%s",
                 "requestedAmount": "%s", "plannedStartDate": "%s", "plannedOperationDate": "%s",
                 "milestones": [%s],
                 "benefitTargets": [{"indicator": "I", "kind": "QUALITY", "unit": "prosent", "baseline": 10,
                   "baselineDate": "%s", "target": 50, "targetDate": "%s", "owner": "O"}]}
                """.formatted(callId, requested.multiply(BigDecimal.valueOf(2)), requested, requested, today,
                today.plusDays(spec.operationInDays()), plan, today.minusMonths(2), today.plusYears(5));
        HttpResponse<String> created = call("POST", "api/v1/applications", KOMMUNE, json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        String path = "api/v1/applications/" + id;
        HttpResponse<String> submitted = call("POST", path + "/submit", KOMMUNE, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> taken = call("POST", path + "/take", spec.recommender(), "{\"impartial\": true}");
        assertEquals(200, taken.statusCode(), taken.body());
        String scores = Api.json(call("GET", "api/v1/calls/" + callId, spec.recommender(), null))
                .getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"criterion\": " + c.getJsonNumber("id") + ", \"score\": 5}")
                .collect(Collectors.joining(", "));
        HttpResponse<String> recommended = call("POST", path + "/recommend", spec.recommender(), """
                {"outcome": "GRANT", "amount": "%s", "milestones": [%s], "scores": [%s], "justification": "God"}
                """.formatted(requested, recommendedPlan, scores));
        assertEquals(200, recommended.statusCode(), recommended.body());
        return id;
    }

    /** Gathers and exports every approved payment left by earlier runs, so that a batch holds only this run's. */
    private void drainApprovedPayments() {
        HttpResponse<String> batch = call("POST", "api/v1/payment-batches", "godkjenner1", null);
        if (batch.statusCode() == 201) {
            HttpResponse<byte[]> file = api().download("api/v1/payment-batches/" + Api.json(batch).getJsonNumber("id")
                    + "/pain001", "godkjenner1");
            assertEquals(200, file.statusCode(), "export of the payments left over");
        }
    }

    // ------------------------------------------------------------------ HTTP, and counting 5xx answers

    private HttpResponse<String> call(String method, String path, String user, String json) {
        long started = System.nanoTime();
        HttpResponse<String> answer = method.equals("GET") ? api().get(path, user) : api().send(method, path, user, json);
        REQUESTS.incrementAndGet();
        REQUEST_NANOS.addAndGet(System.nanoTime() - started);
        count(answer, method + " " + path);
        return answer;
    }

    private static int count(HttpResponse<?> answer, String what) {
        if (answer.statusCode() >= 500) {
            serverError(what + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.statusCode();
    }

    private static void serverError(String line) {
        if (SERVER_ERRORS.incrementAndGet() <= 20) {
            SERVER_ERROR_LINES.add(line.length() > 600 ? line.substring(0, 600) : line);
        }
    }

    private static String problem(HttpResponse<String> answer) {
        try {
            JsonObject problem = Api.json(answer);
            return problem.getString("type", "") + " " + problem.getString("detail", "");
        } catch (RuntimeException notJson) {
            return answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body();
        }
    }

    /**
     * The real grant deadline timer runs at minute 7 of every hour; an act is not started around it, so that the
     * jobs run only when the sequence says.
     */
    private static void awayFromTheHourlyJob() {
        LocalTime now = LocalTime.now();
        if (now.getMinute() == 7 || now.getMinute() == 6 && now.getSecond() >= 40) {
            LocalTime after = now.withMinute(8).withSecond(0).withNano(0);
            try {
                Thread.sleep(Duration.between(now, after).toMillis() + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
}
