package no.gevinst.payments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.PdfA;
import no.gevinst.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Change requests (endringsmeldinger, issue 24) through the API: the lead municipality asks, a case handler
 * recommends (and may adjust), an approver who did not recommend decides; every kind of change, the rule that moving
 * amounts keeps the total, a higher grant racing other decisions for the last room of the frame, what is verified or
 * paid left as it was, the versions of the plan side by side and the letters in the municipality's language form.
 */
public abstract class ChangeRequestsIT {

    private static final String MUNICIPALITY = "kommune.drammen";

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private Scenario scenario() {
        return new Scenario(api());
    }

    private JsonObject grant(long id) {
        return Api.json(api().get("api/v1/applications/" + id, "ledelse")).getJsonObject("grant");
    }

    private List<JsonObject> milestones(long id) {
        return grant(id).getJsonArray("milestones").getValuesAs(JsonObject.class);
    }

    private long milestoneId(long id, int index) {
        return milestones(id).get(index).getJsonNumber("id").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    /** A milestone line of a change: an existing milestone's id (or null for a new one), its title, date, amount. */
    private static JsonObject line(Long id, String title, LocalDate due, String amount) {
        var line = Json.createObjectBuilder();
        if (id != null) {
            line.add("id", id);
        }
        return line.add("title", title).add("dueDate", due.toString()).add("amount", amount).build();
    }

    private static String change(String justification, String amount, LocalDate operationDate, JsonObject... lines) {
        var body = Json.createObjectBuilder().add("justification", justification);
        if (amount != null) {
            body.add("amount", amount);
        }
        if (operationDate != null) {
            body.add("plannedOperationDate", operationDate.toString());
        }
        if (lines.length > 0) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (JsonObject line : lines) {
                array.add(line);
            }
            body.add("milestones", array);
        }
        return body.build().toString();
    }

    private HttpResponse<String> ask(long id, String body) {
        return api().send("POST", "api/v1/applications/" + id + "/changes", MUNICIPALITY, body);
    }

    private HttpResponse<String> recommend(long id, long change, String caseHandler, String body) {
        return api().send("POST", "api/v1/applications/" + id + "/changes/" + change + "/recommend", caseHandler,
                body);
    }

    private HttpResponse<String> decide(long id, long change, String approver, boolean approve, String comment) {
        return api().send("POST", "api/v1/applications/" + id + "/changes/" + change + "/decide", approver,
                Json.createObjectBuilder().add("approve", approve).add("comment", comment).build().toString());
    }

    private long asked(long id, String body) {
        var asked = ask(id, body);
        assertEquals(201, asked.statusCode(), asked.body());
        return Api.json(asked).getJsonNumber("id").longValue();
    }

    /** Asked, recommended for approval by saksbehandler1 and approved by godkjenner2: the change made. */
    private JsonObject made(long id, String body) {
        long change = asked(id, body);
        var recommended = recommend(id, change, "saksbehandler1", "{\"approve\": true, \"comment\": \"Rimelig\"}");
        assertEquals(200, recommended.statusCode(), recommended.body());
        var decided = decide(id, change, "godkjenner2", true, "Godkjent som søkt");
        assertEquals(200, decided.statusCode(), decided.body());
        return Api.json(decided);
    }

    private String committed(int year) {
        String committed = Api.json(api().get("api/v1/budget/" + year, "ledelse")).getString("committed");
        assertEquals(committed, api().get("api/v1/test-support/committed-by-grants?year=" + year, "admin").body(),
                "the budget agrees with the grants stored");
        return committed;
    }

    private List<JsonObject> letters(long id) {
        return Api.jsonArray(api().get("api/v1/applications/" + id + "/letters", MUNICIPALITY))
                .getValuesAs(JsonObject.class);
    }

    private String letterText(long id, JsonObject letter) {
        var pdf = api().download("api/v1/applications/" + id + "/letters/" + letter.getJsonNumber("id"),
                MUNICIPALITY);
        assertEquals(200, pdf.statusCode());
        assertEquals(List.of(), PdfA.violationsOfPdfA2b(pdf.body()));
        return PdfA.text(pdf.body());
    }


    @Test
    void theMunicipalityAsksACaseHandlerRecommendsAndAnotherApproverDecides() {
        long call = scenario().call(2091, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "200000.00", "300000.00");
        JsonObject payment = scenario().reportAndVerify(id, 0, "saksbehandler1");
        LocalDate later = today().plusMonths(10);
        String body = change("Leverandøren er forsinket; opplæringen tar lengre tid.", null, today().plusYears(2),
                line(milestoneId(id, 1), "Opplæring", later, "250000.00"),
                line(milestoneId(id, 2), "Milepæl", later.plusMonths(2), "250000.00"));

        var asked = ask(id, body);
        assertEquals(201, asked.statusCode(), asked.body());
        JsonObject request = Api.json(asked);
        long change = request.getJsonNumber("id").longValue();
        assertEquals("REQUESTED", request.getString("status"));
        assertEquals(Set.of("NEW_DUE_DATES", "MOVED_AMOUNTS", "RENAMED_MILESTONES", "NEW_OPERATION_DATE"),
                Set.copyOf(request.getJsonArray("kinds").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList()));
        assertEquals(409, ask(id, body).statusCode(), "one open change request at a time");
        assertEquals(403, api().send("POST", "api/v1/applications/" + id + "/changes", "saksbehandler1", body)
                .statusCode(), "only the municipality asks");

        // godkjenner1 recommends (an approver may do what a case handler does), so may not decide
        var recommended = recommend(id, change, "godkjenner1", "{\"approve\": true, \"comment\": \"Godt grunngitt\"}");
        assertEquals(200, recommended.statusCode(), recommended.body());
        assertEquals("RECOMMENDED", Api.json(recommended).getString("status"));
        assertEquals(403, decide(id, change, "saksbehandler1", true, "Ja").statusCode(), "a case handler does not decide");
        var own = decide(id, change, "godkjenner1", true, "Ja");
        assertEquals(409, own.statusCode(), own.body());
        assertTrue(Api.json(own).getString("detail").contains("innstillingen"), own.body());
        assertEquals("200000.00", milestones(id).get(1).getString("amount"), "nothing changed yet");

        var decided = decide(id, change, "godkjenner2", true, "Endringen er godt begrunnet.");
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals(List.of("APPROVED", "2"), List.of(Api.json(decided).getString("status"),
                String.valueOf(Api.json(decided).getInt("planVersion"))));

        List<JsonObject> plan = milestones(id);
        assertEquals(List.of("100000.00 VERIFIED", "250000.00 PLANNED", "250000.00 PLANNED"), plan.stream()
                .map(m -> m.getString("amount") + " " + m.getString("status")).toList());
        assertEquals(List.of(later.toString(), later.plusMonths(2).toString()), plan.subList(1, 3).stream()
                .map(m -> m.getString("dueDate")).toList());
        assertEquals(today().plusYears(2).toString(), grant(id).getString("operationDeadline"));
        JsonObject stillProposed = grant(id).getJsonArray("payments").getValuesAs(JsonObject.class).get(0);
        assertEquals(List.of(payment.getJsonNumber("id").longValue(), "80000.00", "PROPOSED"), List.of(
                stillProposed.getJsonNumber("id").longValue(), stillProposed.getString("net"),
                stillProposed.getString("status")), "the payment of the verified milestone as it was");

        List<JsonObject> versions = Api.jsonArray(api().get("api/v1/applications/" + id + "/plan-versions",
                MUNICIPALITY)).getValuesAs(JsonObject.class);
        assertEquals(List.of("1 100000.00,200000.00,300000.00", "2 100000.00,250000.00,250000.00"),
                versions.stream().map(v -> v.getInt("number") + " " + v.getJsonArray("milestones")
                        .getValuesAs(JsonObject.class).stream().map(m -> m.getString("amount"))
                        .collect(Collectors.joining(","))).toList(), "both versions, side by side");

        assertTrue(scenario().events(id).containsAll(
                List.of("CHANGE_REQUESTED", "CHANGE_RECOMMENDED", "CHANGE_APPROVED")));
        assertTrue(scenario().notifications("saksbehandler2", id).contains("CHANGE_REQUESTED"), "case handlers told");
        assertTrue(scenario().notifications("godkjenner2", id).contains("CHANGE_RECOMMENDED"), "approvers told");
        assertTrue(scenario().notifications(MUNICIPALITY, id).contains("CHANGE_APPROVED"), "the municipality told");
        JsonObject letter = letters(id).getLast();
        assertEquals("CHANGE_APPROVED", letter.getString("kind"));
        String text = letterText(id, letter);
        assertTrue(text.contains("Vedtak om endring av tilsagn") && text.contains("versjon 2")
                && text.contains("Opplæring") && text.contains("250 000,00") && text.contains("Endringen er godt begrunnet.")
                && text.contains("Beløp flyttet mellom milepæler"), text);
    }

    @Test
    void theTotalStaysUnlessTheAmountChangesAndWhatIsVerifiedIsNeverPartOfAChange() {
        long call = scenario().call(2092, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "200000.00", "300000.00");
        scenario().reportAndVerify(id, 0, "saksbehandler1");
        LocalDate due = today().plusMonths(6);

        var moreWithoutAmount = ask(id, change("Mer", null, null, line(milestoneId(id, 1), "Milepæl", due, "250000.00"),
                line(milestoneId(id, 2), "Milepæl", due, "300000.00")));
        assertEquals(400, moreWithoutAmount.statusCode(), moreWithoutAmount.body());
        assertTrue(moreWithoutAmount.body().contains("summen være den samme"), moreWithoutAmount.body());
        var verified = ask(id, change("Ny", null, null, line(milestoneId(id, 0), "Milepæl", due, "100000.00"),
                line(milestoneId(id, 1), "Milepæl", due, "200000.00"), line(milestoneId(id, 2), "Milepæl", due,
                        "300000.00")));
        assertEquals(400, verified.statusCode(), verified.body());
        assertTrue(verified.body().contains("er godkjent og kan ikke endres"), verified.body());
        var nothing = ask(id, change("Ingenting", "600000.00", null));
        assertEquals(400, nothing.statusCode(), nothing.body());
        assertTrue(Api.jsonArray(api().get("api/v1/applications/" + id + "/changes", MUNICIPALITY)).isEmpty(),
                "nothing refused was kept");
    }

    @Test
    void aLowerGrantRemovingAMilestoneGivesBackAndALaterOneAddsAMilestone() {
        long call = scenario().call(2095, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "200000.00", "300000.00");
        assertEquals("600000.00", committed(2095));

        made(id, change("Vi trenger mindre", "400000.00", null,
                line(milestoneId(id, 0), "Milepæl", today().plusMonths(1), "100000.00"),
                line(milestoneId(id, 2), "Milepæl", today().plusMonths(3), "300000.00")));
        assertEquals("400000.00", committed(2095), "the lower grant gives 200 000 back to the frame");
        assertEquals(List.of("PLANNED", "PLANNED", "REMOVED"), milestones(id).stream()
                .map(m -> m.getString("status")).toList());
        assertEquals(List.of("400000.00", "400000.00", "0.00"), List.of(grant(id).getString("amount"),
                grant(id).getString("notYetDue"), grant(id).getString("freed")));

        made(id, change("Utvidet til flere soner", "450000.00", null,
                line(milestoneId(id, 0), "Milepæl", today().plusMonths(1), "100000.00"),
                line(milestoneId(id, 1), "Milepæl", today().plusMonths(3), "300000.00"),
                line(null, "Sone tre", today().plusMonths(5), "50000.00")));
        assertEquals("450000.00", committed(2095), "the higher grant is a new commitment");
        assertEquals(List.of("Milepæl PLANNED", "Milepæl PLANNED", "Sone tre PLANNED", "Milepæl REMOVED"),
                milestones(id).stream().map(m -> m.getString("title") + " " + m.getString("status")).toList());
        assertEquals(3, Api.jsonArray(api().get("api/v1/applications/" + id + "/plan-versions", "ledelse")).size());
    }

    @Test
    void aRejectionInNynorskAndAWithdrawal() {
        long call = scenario().call(2096, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "200000.00");
        String languageForm = scenario().languageForm("3301", "NYNORSK");
        try {
            long withdrawn = asked(id, change("Seinare", null, today().plusYears(3)));
            var out = api().send("POST", "api/v1/applications/" + id + "/changes/" + withdrawn + "/withdraw",
                    MUNICIPALITY, null);
            assertEquals(200, out.statusCode(), out.body());
            assertEquals("WITHDRAWN", Api.json(out).getString("status"));

            long change = asked(id, change("Mindre, seinare", "250000.00", null,
                    line(milestoneId(id, 0), "Milepæl", today().plusMonths(1), "100000.00"),
                    line(milestoneId(id, 1), "Milepæl", today().plusMonths(2), "150000.00")));
            assertEquals(400, recommend(id, change, "saksbehandler1", "{\"approve\": false, \"comment\": \"Nei\","
                    + " \"amount\": \"250000.00\"}").statusCode(), "an adjustment only recommends approving");
            assertEquals(200, recommend(id, change, "saksbehandler1",
                    "{\"approve\": false, \"comment\": \"Ikkje grunngjeve\"}").statusCode());
            var rejected = decide(id, change, "godkjenner1", false, "Reduksjonen er ikkje grunngjeven.");
            assertEquals(200, rejected.statusCode(), rejected.body());
            assertEquals("REJECTED", Api.json(rejected).getString("status"));
            assertEquals("300000.00", grant(id).getString("amount"), "a rejected change changes nothing");
            JsonObject letter = letters(id).getLast();
            assertEquals(List.of("CHANGE_REJECTED", "nn"), List.of(letter.getString("kind"),
                    letter.getString("language")));
            String text = letterText(id, letter);
            assertTrue(text.contains("Avslag på søknad om endring av tilsegn") && text.contains("Klagerett")
                    && text.contains("Reduksjonen er ikkje grunngjeven.") && text.contains("Lågare tilsegn"), text);
        } finally {
            scenario().languageForm("3301", languageForm);
        }
    }

    /**
     * The frame of the year has room for one more of three: two applications waiting for their decisions and a higher
     * grant waiting for its change's, all decided at once. Whatever order the locks give, the year never commits more
     * than its frame, and what it committed is what its grants hold.
     */
    @Test
    void aHigherGrantRacesOtherDecisionsForTheLastRoomAndNeverPassesTheFrame() throws Exception {
        long call = scenario().call(2098, "1000000.00");
        // its eligible cost leaves room for a higher grant: the call grants half of 1 600 000
        long grown = scenario().submittedWithEligibleCost(call, "1600000.00", "600000.00");
        scenario().grant(grown, call, "600000.00");
        assertEquals(200, api().send("POST", "api/v1/applications/" + grown + "/accept", MUNICIPALITY, null)
                .statusCode());
        long first = scenario().submitted(call, "300000.00");
        scenario().recommend(first, call, "300000.00");
        long second = scenario().submitted(call, "300000.00");
        scenario().recommend(second, call, "300000.00");
        long change = asked(grown, change("Større utrulling", "800000.00", null,
                line(milestoneId(grown, 0), "Milepæl", today().plusMonths(4), "800000.00")));
        assertEquals(200, recommend(grown, change, "saksbehandler1", "{\"approve\": true, \"comment\": \"Ok\"}")
                .statusCode());
        assertEquals("600000.00", committed(2098));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> {
                start.await();
                return decide(grown, change, "godkjenner2", true, "Godkjent");
            }));
            for (long id : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api().send("POST", "api/v1/applications/" + id + "/decide", "godkjenner1",
                            "{\"approve\": true}");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                assertTrue(response.statusCode() == 200 || response.statusCode() == 409, response.body());
            }
            BigDecimal committed = new BigDecimal(committed(2098));
            assertTrue(committed.compareTo(new BigDecimal("1000000.00")) <= 0, "never over the frame: " + committed);
            assertTrue(committed.compareTo(new BigDecimal("800000.00")) >= 0, "one of them took the room: " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one fits: " + statuses);
            assertEquals(statuses.get(0) == 200 ? "800000.00" : "600000.00", grant(grown).getString("amount"),
                    "a refused change left the grant as it was");
        } finally {
            pool.shutdownNow();
        }
    }

}
