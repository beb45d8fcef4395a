package no.gevinst.payments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The database's own share of the money rules (migration V19), on the real database: each check constraint and the
 * trigger refuse a direct SQL write to a row made through the API, and the view {@code grant_ledger} says for every
 * grant what {@code Grant.ledger()} says, and per year what the budget API says.
 */
public abstract class LedgerConstraintsIT {

    private static final String[] FIGURES = {"granted", "paid", "withheldOutstanding", "released", "forfeited",
        "notYetDue", "freed"};

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private Scenario scenario() {
        return new Scenario(api());
    }

    private String sql(String kind, String statement) {
        HttpResponse<String> response = api().send("POST", "api/v1/test-support/sql/" + kind, "admin", statement,
                "Content-Type", "text/plain");
        assertEquals(200, response.statusCode(), statement + ": " + response.body());
        return response.body();
    }

    private HttpResponse<String> act(String user, String path, String json) {
        return api().send("POST", path, user, json);
    }

    private JsonObject grant(long id) {
        return Api.json(api().get("api/v1/applications/" + id, "ledelse")).getJsonObject("grant");
    }

    private long milestoneId(long id, int index) {
        return grant(id).getJsonArray("milestones").getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    @Test
    void theDatabaseRefusesEveryImpossibleStateWrittenBehindTheCodesBack() {
        long call = scenario().call(2071, "1000000.00");
        long id = scenario().accepted(call, "100000.00", "100000.00");
        long payment = scenario().reportAndVerify(id, 0, "saksbehandler1").getJsonNumber("id").longValue();
        // A grant's own checks run after the trigger that counts its payments: the amount is tried on one without any.
        long unpaid = scenario().accepted(call, "100000.00");
        long verified = milestoneId(id, 0);
        long planned = milestoneId(id, 1);
        String grant = " where application_id = " + id;
        String row = " where id = " + payment;
        // One illegal write per rule, each naming the constraint that must refuse it.
        Map<String, String> illegal = new LinkedHashMap<>();
        illegal.put("update grant_award set amount = 0 where application_id = " + unpaid, "grant_award_amount");
        illegal.put("update grant_award set freed = -1" + grant, "grant_award_freed");
        illegal.put("update grant_award set forfeited = -1" + grant, "grant_award_forfeited");
        illegal.put("update grant_award set freed = 150000, forfeited = 60000" + grant, "ck_grant_award_freed_forfeited");
        illegal.put("update grant_award set withheld_percent = 101" + grant, "ck_grant_award_withheld_percent");
        illegal.put("update grant_award set amount = 50000" + grant, "ck_payment_within_grant");
        illegal.put("update payment set gross = 0, withheld = 0, net = 0" + row, "payment_amounts");
        illegal.put("update payment set net = gross" + row, "payment_amounts");
        illegal.put("update payment set withheld = gross + 1, net = -1" + row, "ck_payment_net");
        illegal.put("update payment set kind = 'RELEASE', milestone_id = null" + row,
                "ck_payment_release_withholds_nothing");
        illegal.put("update payment set status = 'PAID'" + row, "payment_status");
        illegal.put("update payment set status = 'APPROVED'" + row, "ck_payment_approved");
        illegal.put("update payment set status = 'REJECTED'" + row, "ck_payment_rejected");
        illegal.put("update payment set sent_at = proposed_at" + row, "ck_payment_sent");
        illegal.put("update payment set status = 'APPROVED', approved_by = proposed_by, approved_at = proposed_at" + row,
                "payment_four_eyes");
        illegal.put("update payment set status = 'APPROVED', approved_by = 'godkjenner1', approved_at = proposed_at,"
                + " verified_by = 'godkjenner1'" + row, "payment_four_eyes");
        illegal.put("insert into payment (id, application_id, kind, gross, withheld, net, status, proposed_by,"
                + " proposed_at, verified_by) values (-1, " + id + ", 'RELEASE', 120000.01, 0, 120000.01, 'PROPOSED',"
                + " 'saksbehandler1', current_timestamp, 'saksbehandler1')", "ck_payment_within_grant");
        illegal.put("update grant_milestone set amount = 0 where id = " + planned, "grant_milestone_amount");
        illegal.put("update grant_milestone set status = 'PAID' where id = " + planned, "grant_milestone_status");
        illegal.put("update grant_milestone set status = 'REPORTED' where id = " + planned,
                "ck_grant_milestone_reported");
        illegal.put("update grant_milestone set verified_by = null where id = " + verified,
                "ck_grant_milestone_verified");
        illegal.put("update budget_year set committed = -1 where budget_year = 2071", "budget_year_committed");
        illegal.put("insert into payment_batch (id, status, payment_count, total, created_by, created_at)"
                + " values (-1, 'CREATED', 0, 0, 'godkjenner1', current_timestamp)", "ck_payment_batch_content");
        illegal.put("update assessment set decided_by = recommended_by" + grant, "ck_assessment_four_eyes");
        illegal.put("update assessment set recommended_by = null" + grant, "ck_assessment_four_eyes");
        illegal.put("update assessment set outcome = 'REJECT'" + grant, "ck_assessment_amount");
        illegal.put("update application set status = 'PAID' where id = " + id, "application_status");
        illegal.put("update application set reference = null where id = " + id, "ck_application_reference");
        illegal.put("update application set category = 'TELEPORTATION' where id = " + id, "ck_application_category");
        illegal.put("update scheme_settings set default_withheld_percent = 120", "ck_scheme_settings_percents");

        String before = snapshot(id) + snapshot(unpaid);
        List<String> failures = new ArrayList<>();
        illegal.forEach((statement, constraint) -> {
            String answer = sql("update", statement);
            if (!answer.startsWith("refused 23") || !answer.toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                failures.add(constraint + " did not refuse [" + statement + "]: " + answer);
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot(id) + snapshot(unpaid), "every refused write changed nothing");
    }

    /** Every row a refused write could have touched, as the database holds it. */
    private String snapshot(long id) {
        return String.join("\n", sql("query", "select * from grant_award where application_id = " + id),
                sql("query", "select * from payment where application_id = " + id + " order by id"),
                sql("query", "select * from grant_milestone where application_id = " + id + " order by id"),
                sql("query", "select * from assessment where application_id = " + id),
                sql("query", "select * from application where id = " + id),
                sql("query", "select * from budget_year where budget_year = 2071"),
                sql("query", "select * from payment_batch where id = -1"),
                sql("query", "select * from scheme_settings"));
    }

    @Test
    void theLedgerViewSaysWhatEachGrantsLedgerAndTheBudgetSay() {
        // Grants through the API: a rejected payment paid again and a release; a cancellation with one payment waiting.
        long call = scenario().call(2072, "2000000.00");
        long released = scenario().accepted(call, "100000.00", "100000.00");
        String approve = "api/v1/payments/%d/approve";
        long first = scenario().reportAndVerify(released, 0, "saksbehandler1").getJsonNumber("id").longValue();
        assertEquals(200, act("godkjenner1", approve.formatted(first), null).statusCode());
        long second = scenario().reportAndVerify(released, 1, "saksbehandler1").getJsonNumber("id").longValue();
        assertEquals(200, act("godkjenner1", "api/v1/payments/" + second + "/reject",
                "{\"reason\": \"Dokumentasjonen mangler\"}").statusCode());
        var again = act("saksbehandler1", "api/v1/applications/" + released + "/milestones/" + milestoneId(released, 1)
                + "/verify", null);
        assertEquals(200, again.statusCode(), again.body());
        var payments = Api.json(again).getJsonObject("grant").getJsonArray("payments");
        long third = payments.getJsonObject(payments.size() - 1).getJsonNumber("id").longValue();
        assertEquals(200, act("godkjenner1", approve.formatted(third), null).statusCode());
        assertEquals(200, act("kommune.drammen", "api/v1/applications/" + released + "/operation/report",
                "{\"inOperationSince\": \"" + today() + "\", \"description\": \"I bruk\"}").statusCode());
        assertEquals(200, act("saksbehandler1", "api/v1/applications/" + released + "/operation/confirm", null)
                .statusCode());
        long cancelled = scenario().accepted(call, "100000.00", "100000.00", "100000.00");
        long paid = scenario().reportAndVerify(cancelled, 0, "saksbehandler1").getJsonNumber("id").longValue();
        assertEquals(200, act("godkjenner1", approve.formatted(paid), null).statusCode());
        scenario().reportAndVerify(cancelled, 1, "saksbehandler1");
        assertEquals(200, act("godkjenner1", "api/v1/applications/" + cancelled + "/cancel",
                "{\"reason\": \"Stanset\"}").statusCode());
        // And two years of the benchmark's scheme: lapses, cancellations, expiries, releases, batches; in years of
        // their own, so that the test classes after this one find the database as they expect it.
        var generated = api().send("POST", "api/v1/test-support/scale-data?years=2&seed=19&until=2097-11-30", "admin",
                null);
        assertEquals(200, generated.statusCode(), generated.body());

        List<String> view = List.of(sql("query", "select application_id, budget_year, granted, paid,"
                + " withheld_outstanding, released, forfeited, not_yet_due, freed from grant_ledger"
                + " order by application_id").split("\n"));
        assertEquals(sql("query", "select count(*) from grant_award").trim(), String.valueOf(view.size()),
                "one row per grant");
        Map<Integer, BigDecimal[]> years = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        long started = System.nanoTime();
        for (String line : view) {
            String[] columns = line.split("\t");
            long id = Long.parseLong(columns[0]);
            HttpResponse<String> application = api().get("api/v1/applications/" + id, "ledelse");
            assertEquals(200, application.statusCode(), application.body());
            JsonObject grant = Api.json(application).getJsonObject("grant");
            assertTrue(grant != null, "application " + id + " shows its grant: " + application.body());
            int year = grant.getInt("budgetYear");
            assertEquals(Integer.parseInt(columns[1]), year);
            BigDecimal[] sums = years.computeIfAbsent(year, y -> new BigDecimal[FIGURES.length]);
            for (int f = 0; f < FIGURES.length; f++) {
                BigDecimal inView = new BigDecimal(columns[2 + f]);
                BigDecimal inLedger = new BigDecimal(grant.getString(f == 0 ? "amount" : FIGURES[f]));
                if (inView.compareTo(inLedger) != 0) {
                    differences.add("grant " + id + " " + FIGURES[f] + ": view " + inView + ", ledger " + inLedger);
                }
                sums[f] = sums[f] == null ? inLedger : sums[f].add(inLedger);
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(view.size() > 300, "the generated grants are in it: " + view.size());
        for (var year : years.entrySet()) {
            JsonObject budget = Api.json(api().get("api/v1/budget/" + year.getKey(), "ledelse"));
            for (int f = 1; f <= 4; f++) {
                assertEquals(0, year.getValue()[f].compareTo(new BigDecimal(budget.getString(FIGURES[f]))),
                        year.getKey() + " " + FIGURES[f] + ": grants " + year.getValue()[f] + ", budget " + budget);
            }
        }
        System.out.printf("grant_ledger: %d grants in %d budget years compared in %.1f s%n", view.size(), years.size(),
                (System.nanoTime() - started) / 1e9);
    }
}
