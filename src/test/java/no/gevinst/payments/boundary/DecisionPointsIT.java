package no.gevinst.payments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.PdfA;
import no.gevinst.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Decision points (issue 24) through the API, as the municipality, the case handler and the approvers meet them: what
 * comes after a decision point waits until an approver who neither verified it nor proposed its payment decides go;
 * a stop ends the grant as a cancellation does, and gives back to the year's frame what will not be paid. Each
 * decision is an event, a notification to the municipality, and a letter kept as issued.
 */
public abstract class DecisionPointsIT {

    private static final String MUNICIPALITY = "kommune.drammen";

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private Scenario scenario() {
        return new Scenario(api());
    }

    private JsonObject application(long id) {
        return Api.json(api().get("api/v1/applications/" + id, "ledelse"));
    }

    private List<JsonObject> milestones(long id) {
        return application(id).getJsonObject("grant").getJsonArray("milestones").getValuesAs(JsonObject.class);
    }

    private String milestonePath(long id, int index) {
        return "api/v1/applications/" + id + "/milestones/" + milestones(id).get(index).getJsonNumber("id");
    }

    private HttpResponse<String> report(long id, int index) {
        return api().send("POST", milestonePath(id, index) + "/report", MUNICIPALITY, "{\"completedOn\": \""
                + LocalDate.now(ZoneId.of("Europe/Oslo")) + "\", \"description\": \"Levert\"}");
    }

    private HttpResponse<String> go(long id, int index, String approver, String justification) {
        return api().send("POST", milestonePath(id, index) + "/go", approver,
                Json.createObjectBuilder().add("justification", justification).build().toString());
    }

    private HttpResponse<String> stop(long id, int index, String approver, String reason) {
        return api().send("POST", milestonePath(id, index) + "/stop", approver,
                Json.createObjectBuilder().add("reason", reason).build().toString());
    }

    private static void assertRefused(int status, String detailPart, HttpResponse<String> response, String why) {
        assertEquals(status, response.statusCode(), why + ": " + response.body());
        assertTrue(Api.json(response).getString("detail", "").contains(detailPart), why + ": " + response.body());
    }


    /** The room the application takes in its call's ranking. */
    private String rankedClaim(long call, long id) {
        return Api.json(api().get("api/v1/calls/" + call + "/ranking", "saksbehandler1")).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("applicationId").longValue() == id)
                .findFirst().orElseThrow().getString("recommendedAmount");
    }



    @Test
    void whatComesAfterADecisionPointWaitsForAnotherApproversGo() {
        long call = scenario().call(2068, "5000000.00");
        long id = scenario().accepted(call, "100000.00*", "200000.00", "300000.00*", "400000.00");
        List<JsonObject> plan = milestones(id);
        assertEquals(List.of(true, false, true, false), plan.stream().map(m -> m.getBoolean("decisionPoint")).toList());

        assertRefused(409, "beslutningspunktet", report(id, 1), "the step after the decision point waits");
        assertEquals("PLANNED", milestones(id).get(1).getString("status"), "and nothing changed");

        // an approver may verify; then another approver must decide
        scenario().reportAndVerify(id, 0, "godkjenner1");
        assertTrue(milestones(id).get(0).getBoolean("awaitsDecision"));
        assertTrue(scenario().notifications("godkjenner2", id).contains("DECISION_POINT_TO_DECIDE"),
                "approvers are told");
        assertRefused(409, "beslutningspunktet", report(id, 1), "still waiting for the decision");
        assertRefused(409, "beslutning", api().send("POST", "api/v1/applications/" + id + "/operation/report",
                MUNICIPALITY, "{\"inOperationSince\": \"" + LocalDate.now(ZoneId.of("Europe/Oslo"))
                        + "\", \"description\": \"I drift\"}"), "no operation report while a decision is awaited");

        assertEquals(403, go(id, 0, "saksbehandler1", "Fortsett").statusCode(), "a case handler does not decide");
        assertRefused(409, "godkjente selv milepælen", go(id, 0, "godkjenner1", "Fortsett"), "four eyes");
        var blank = go(id, 0, "godkjenner2", " ");
        assertEquals(400, blank.statusCode(), blank.body());
        assertTrue(blank.body().contains("justification"), blank.body());
        assertTrue(milestones(id).get(0).getBoolean("awaitsDecision"), "a refused go changed nothing");

        var decided = go(id, 0, "godkjenner2", "Piloten viser færre innleggelser");
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject gate = Api.json(decided).getJsonObject("grant").getJsonArray("milestones").getJsonObject(0);
        assertEquals(List.of("GO", "godkjenner2", "Piloten viser færre innleggelser", false), List.of(
                gate.getString("gateDecision"), gate.getString("gateDecidedBy"), gate.getString("gateText"),
                gate.getBoolean("awaitsDecision")));
        assertRefused(409, "allerede besluttet", go(id, 0, "godkjenner2", "Igjen"), "decided once");

        // the next step is open up to the next decision point
        scenario().reportAndVerify(id, 1, "saksbehandler1");
        assertRefused(409, "milepæl 3", report(id, 3), "held back by the second decision point");

        assertTrue(scenario().events(id).contains("DECISION_POINT_GO"), scenario().events(id).toString());
        assertTrue(scenario().notifications(MUNICIPALITY, id).contains("DECISION_POINT_GO"),
                "the municipality is told");
        List<JsonObject> letters = Api.jsonArray(api().get("api/v1/applications/" + id + "/letters", MUNICIPALITY))
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("DECISION_POINT_GO"), letters.stream().map(l -> l.getString("kind")).toList());
        var pdf = api().download("api/v1/applications/" + id + "/letters/" + letters.get(0).getJsonNumber("id"),
                MUNICIPALITY);
        assertEquals(200, pdf.statusCode());
        assertEquals(List.of(), PdfA.violationsOfPdfA2b(pdf.body()));
        String text = PdfA.text(pdf.body());
        assertTrue(text.contains("Vedtak om videreføring av prosjektet")
                && text.contains("Piloten viser færre innleggelser") && text.contains("300 000,00"),
                "the letter names the decision, its grounds and the next step: " + text);
        assertEquals(letters.get(0).getString("sha256"), no.gevinst.platform.entity.Checksums.sha256(pdf.body()),
                "kept as issued");
        assertEquals(404, api().download("api/v1/applications/" + id + "/letters/"
                + (letters.get(0).getJsonNumber("id").longValue() + 999), MUNICIPALITY).statusCode());
    }

    @Test
    void aStopEndsTheGrantAndGivesBackWhatWillNotBePaid() {
        long call = scenario().call(2069, "5000000.00");
        long id = scenario().accepted(call, "100000.00*", "200000.00");
        JsonObject payment = scenario().reportAndVerify(id, 0, "saksbehandler1");
        assertEquals("80000.00", payment.getString("net"));
        assertEquals("300000.00", Api.json(api().get("api/v1/budget/2069", "ledelse")).getString("committed"));
        assertEquals("300000.00", rankedClaim(call, id), "the ranking counts the grant in full");

        String languageForm = scenario().languageForm("3301", "NYNORSK");
        try {
            assertEquals(400, stop(id, 0, "godkjenner1", "").statusCode(), "a stop needs its reason");
            var stopped = stop(id, 0, "godkjenner1", "Leveransen svarer ikke til planen");
            assertEquals(200, stopped.statusCode(), stopped.body());
            JsonObject grant = Api.json(stopped).getJsonObject("grant");
            assertEquals("CANCELLED", Api.json(stopped).getString("status"));
            assertEquals(List.of("80000.00", "0.00", "20000.00", "0.00", "200000.00"), List.of(
                    grant.getString("paid"), grant.getString("withheldOutstanding"), grant.getString("forfeited"),
                    grant.getString("notYetDue"), grant.getString("freed")), "paid, withheld, forfeited, due, freed");
            assertEquals("80000.00", Api.json(api().get("api/v1/budget/2069", "ledelse")).getString("committed"),
                    "300 000 less 200 000 freed and 20 000 forfeited");
            assertEquals("80000.00", api().get("api/v1/test-support/committed-by-grants?year=2069", "admin").body());
            assertEquals("80000.00", rankedClaim(call, id), "the ranking counts what the stopped grant still holds");

            // the milestone's own payment stands, for the approver to approve or reject
            var approved = api().send("POST", "api/v1/payments/" + payment.getJsonNumber("id") + "/approve",
                    "godkjenner2", null);
            assertEquals(200, approved.statusCode(), approved.body());
            assertEquals(409, go(id, 0, "godkjenner2", "Likevel").statusCode(), "nothing to decide on an ended grant");

            assertTrue(scenario().events(id).contains("DECISION_POINT_STOPPED"), scenario().events(id).toString());
            assertTrue(scenario().notifications(MUNICIPALITY, id).contains("DECISION_POINT_STOPPED"));
            List<JsonObject> letters = Api.jsonArray(api().get("api/v1/applications/" + id + "/letters", "ledelse"))
                    .getValuesAs(JsonObject.class);
            assertEquals(List.of("DECISION_POINT_STOP", "nn"), List.of(letters.get(0).getString("kind"),
                    letters.get(0).getString("language")));
            String text = PdfA.text(api().download("api/v1/applications/" + id + "/letters/"
                    + letters.get(0).getJsonNumber("id"), MUNICIPALITY).body());
            assertTrue(text.contains("Vedtak om stans av tilskotet") && text.contains("Klage")
                    && text.contains("200 000,00") && text.contains("Leveransen svarer ikke til planen"),
                    "in Nynorsk, with the settlement and the right of appeal: " + text);
        } finally {
            scenario().languageForm("3301", languageForm);
        }
    }

    @Test
    void theLastMilestoneIsNoDecisionPoint() {
        long call = scenario().call(2087, "5000000.00");
        long id = scenario().submitted(call, "100000.00", "200000.00");
        String path = "api/v1/applications/" + id;
        assertEquals(200, api().send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}").statusCode());
        String scores = Api.json(api().get("api/v1/calls/" + call, "saksbehandler1")).getJsonArray("criteria")
                .getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"criterion\": " + c.getJsonNumber("id") + ", \"score\": 5}")
                .collect(java.util.stream.Collectors.joining(", "));
        var refused = api().send("POST", path + "/recommend", "saksbehandler1", """
                {"outcome": "GRANT", "amount": "300000.00", "scores": [%s], "justification": "God",
                 "milestones": [{"title": "A", "dueDate": "2027-06-01", "amount": "100000.00"},
                                {"title": "B", "dueDate": "2027-09-01", "amount": "200000.00", "decisionPoint": true}]}
                """.formatted(scores));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("milestones[1].decisionPoint") && refused.body().contains("siste milepælen"),
                refused.body());
        assertEquals("IN_ASSESSMENT", application(id).getString("status"), "nothing recommended");
        assertTrue(!application(id).containsKey("grant") || application(id).isNull("grant"), "no grant");
    }

}
