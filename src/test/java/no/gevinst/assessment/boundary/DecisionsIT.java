package no.gevinst.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.gevinst.platform.entity.Checksums;
import no.gevinst.platform.entity.Money;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.PdfA;
import no.gevinst.support.Scenario;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;

/** Assessment and decisions under the annual cap, in a real Payara Micro and database. */
public abstract class DecisionsIT {

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private long call(int budgetYear, String frame) {
        return new Scenario(api()).call(budgetYear, frame);
    }

    private List<Long> recommended(long call, int count, String amount, String recommender) {
        var response = api().send("POST", "api/v1/test-support/recommended?callId=" + call + "&count=" + count
                + "&amount=" + amount + "&recommender=" + recommender, "admin", null);
        assertEquals(200, response.statusCode(), response.body());
        return Arrays.stream(response.body().split(",")).map(Long::valueOf).toList();
    }

    private List<Long> recommended(long call, int count, String amount, String recommender, boolean varyScores,
            String... municipalities) {
        String from = Arrays.stream(municipalities).map(m -> "&municipality=" + m).reduce("", String::concat);
        var response = api().send("POST", "api/v1/test-support/recommended?callId=" + call + "&count=" + count
                + "&amount=" + amount + "&recommender=" + recommender + "&varyScores=" + varyScores + from, "admin",
                null);
        assertEquals(200, response.statusCode(), response.body());
        return Arrays.stream(response.body().split(",")).map(Long::valueOf).toList();
    }

    private HttpResponse<String> decide(long id, String approver, boolean approve) {
        return api().send("POST", "api/v1/applications/" + id + "/decide", approver,
                "{\"approve\": " + approve + ", \"comment\": \"Vedtak\"}");
    }

    @Test
    void nobodyDecidesOnTheirOwnRecommendation() {
        long call = call(2039, "1000000.00");
        long id = recommended(call, 1, "100000.00", "godkjenner1").get(0);
        var own = decide(id, "godkjenner1", true);
        assertEquals(409, own.statusCode(), own.body());
        assertTrue(Api.json(own).getString("type").endsWith("decision.fourEyes"), own.body());
        assertEquals("RECOMMENDED", Api.json(api().get("api/v1/applications/" + id, "godkjenner1")).getString("status"));
        assertEquals(403, decide(id, "saksbehandler2", true).statusCode(), "a case handler does not decide");

        var other = decide(id, "godkjenner2", true);
        assertEquals(200, other.statusCode(), other.body());
        assertEquals("GRANTED", Api.json(other).getString("status"));
        assertEquals("godkjenner2", Api.json(other).getJsonObject("assessment").getString("decidedBy"));
        JsonObject budget = Api.json(api().get("api/v1/budget/2039", "ledelse"));
        assertEquals("100000.00", budget.getString("committed"));
        assertEquals("900000.00", budget.getString("available"));

        String callPath = "api/v1/calls/" + call;
        String frame = Api.json(api().get(callPath, "admin")).toString();
        String etag = api().get(callPath, "admin").headers().firstValue("ETag").orElseThrow();
        var belowCommitted = api().send("PUT", callPath, "admin", frame.replace("\"1000000.00\"", "\"99999.99\""),
                "If-Match", etag);
        assertEquals(409, belowCommitted.statusCode(), belowCommitted.body());
        assertTrue(Api.json(belowCommitted).getString("type").endsWith("call.frameBelowCommitted"));
        var exactlyCommitted = api().send("PUT", callPath, "admin", frame.replace("\"1000000.00\"", "\"100000.00\""),
                "If-Match", etag);
        assertEquals(200, exactlyCommitted.statusCode(), exactlyCommitted.body());
        var reweighted = api().send("PUT", callPath, "admin", frame.replace("\"weight\":60", "\"weight\":50")
                .replace("\"weight\":40", "\"weight\":50"), "If-Match", exactlyCommitted.headers().firstValue("ETag").orElseThrow());
        assertEquals(409, reweighted.statusCode(), "scored criteria stay as they were: " + reweighted.body());
    }

    /**
     * 100 approvers' decisions at the same moment, together 3.7 times the frame: exactly as many as fit are granted,
     * every other one is refused with the cap's message, and the budget agrees with the grants. Twenty times over.
     */
    @Test
    void theCapHoldsWhenAHundredDecisionsRaceForTheLastRoom() throws Exception {
        Money amount = Money.of("37000.00");
        var pool = Executors.newFixedThreadPool(100);
        try {
            for (int run = 0; run < 20; run++) {
                int year = 2040 + run;
                long call = call(year, "1000000.00");
                List<Long> ids = recommended(call, 100, amount.toString(), "saksbehandler1");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> decisions = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    long id = ids.get(i);
                    String approver = i % 2 == 0 ? "godkjenner1" : "godkjenner2";
                    decisions.add(pool.submit(() -> {
                        start.await();
                        return decide(id, approver, true);
                    }));
                }
                start.countDown();
                int granted = 0;
                for (var decision : decisions) {
                    var response = decision.get(2, TimeUnit.MINUTES);
                    if (response.statusCode() == 200) {
                        granted++;
                    } else {
                        assertEquals(409, response.statusCode(), response.body());
                        assertTrue(Api.json(response).getString("type").endsWith("decision.capExceeded"), response.body());
                    }
                }
                assertEquals(27, granted, "run " + run + ": 27 × 37 000 = 999 000 fits in 1 000 000, a 28th does not");
                JsonObject budget = Api.json(api().get("api/v1/budget/" + year, "ledelse"));
                assertEquals("999000.00", budget.getString("committed"), "run " + run);
                assertEquals("1000.00", budget.getString("available"), "run " + run);
                int grantedInDatabase = Api.json(api().get("api/v1/applications?status=GRANTED&size=1&callId=" + call,
                        "ledelse")).getInt("total");
                assertEquals(27, grantedInDatabase, "run " + run + ": the budget agrees with the decisions stored");
                int stillRecommended = Api.json(api().get("api/v1/applications?status=RECOMMENDED&size=1&callId=" + call,
                        "ledelse")).getInt("total");
                assertEquals(73, stillRecommended, "run " + run + ": a refused decision changed nothing");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long submitted(long call, String... milestones) {
        return new Scenario(api()).submitted(call, milestones);
    }

    @Test
    void aCaseHandlerDeclaresImpartialityScoresAndRecommendsWithThePlanScaledToTheØre() {
        long call = call(2038, "5000000.00");
        var criteria = Api.json(api().get("api/v1/calls/" + call, "saksbehandler1")).getJsonArray("criteria")
                .getValuesAs(JsonObject.class);
        long benefits = criteria.get(0).getJsonNumber("id").longValue();
        long feasibility = criteria.get(1).getJsonNumber("id").longValue();
        long id = submitted(call, "100000.00", "100000.00", "100000.00");
        String path = "api/v1/applications/" + id;

        var partial = api().send("POST", path + "/take", "saksbehandler1", "{}", "Accept-Language", "nn");
        assertEquals(409, partial.statusCode(), partial.body());
        assertTrue(Api.json(partial).getString("detail").startsWith("Du må erklære at du er habil"), partial.body());
        assertEquals(403, api().send("POST", path + "/take", "kommune.drammen", "{\"impartial\": true}").statusCode());
        var taken = api().send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}");
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals("IN_ASSESSMENT", Api.json(taken).getString("status"));
        assertEquals("saksbehandler1", Api.json(taken).getJsonObject("assessment").getString("assessor"));

        String scores = "[{\"criterion\": " + benefits + ", \"score\": 5}, {\"criterion\": " + feasibility + ", \"score\": 4}]";
        var tooMuch = api().send("POST", path + "/recommend", "saksbehandler1", """
                {"outcome": "GRANT", "amount": "300000.01", "scores": %s, "justification": "God søknad"}
                """.formatted(scores));
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertEquals("amount", Api.json(tooMuch).getJsonArray("errors").getJsonObject(0).getString("field"));
        var unscored = api().send("POST", path + "/recommend", "saksbehandler1", """
                {"outcome": "GRANT", "amount": "200000.00", "scores": [{"criterion": %d, "score": 7}], "justification": "J"}
                """.formatted(benefits));
        assertEquals(400, unscored.statusCode());

        var recommended = api().send("POST", path + "/recommend", "saksbehandler1", """
                {"outcome": "GRANT", "amount": "200000.00", "scores": %s, "justification": "God søknad"}
                """.formatted(scores));
        assertEquals(200, recommended.statusCode(), recommended.body());
        JsonObject assessment = Api.json(recommended).getJsonObject("assessment");
        assertEquals("RECOMMENDED", Api.json(recommended).getString("status"));
        assertEquals(0, new java.math.BigDecimal("4.6").compareTo(assessment.getJsonNumber("weightedScore").bigDecimalValue()),
                "5 × 60 % + 4 × 40 %");
        List<String> plan = assessment.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("amount")).toList();
        assertEquals(List.of("66666.67", "66666.67", "66666.66"), plan, "the applicant's thirds, øre-exact");
    }

    /**
     * Returned, changed and resubmitted, the application keeps its reference, and each submission stays as it was
     * sent: a PDF/A of what the municipality submitted then, in its language form, for its readers only.
     */
    @Test
    void anApplicationReturnedForChangesIsChangedAndResubmittedUnderItsReference() throws IOException {
        long call = call(2037, "5000000.00");
        long id = submitted(call, "100000.00");
        String path = "api/v1/applications/" + id;
        String reference = Api.json(api().get(path, "kommune.drammen")).getString("reference");
        JsonObject first = Api.jsonArray(api().get(path + "/submissions", "kommune.drammen"))
                .getJsonObject(0);
        assertEquals(1, first.getInt("number"));
        assertEquals("nb", first.getString("language"), "Drammen writes Bokmål");
        byte[] firstPdf = api().download(path + "/submissions/1", "kommune.drammen").body();
        assertEquals(first.getString("sha256"), Checksums.sha256(firstPdf), "the file its checksum names");
        assertEquals(List.of(), PdfA.violationsOfPdfA2b(firstPdf), "PDF/A-2b, as the archive takes it");
        String firstText = pdfText(firstPdf);
        for (String answer : List.of("Søknad om tilskudd", reference, "Til vurdering", "Drammen kommune",
                "100 000,00", "k@drammen.example", "8601 11 17947", "Velferdsteknologi", "Kvalitet",
                "Ingen vedlegg")) {
            assertTrue(firstText.contains(answer), answer + " in: " + firstText);
        }
        assertEquals(404, api().download(path + "/submissions/1", "kommune.voss").statusCode(), "not Voss's");
        assertEquals(404, api().download(path + "/submissions/2", "kommune.drammen").statusCode(), "not yet");
        assertEquals(200, api().send("POST", path + "/take", "saksbehandler2", "{\"impartial\": true}").statusCode());
        assertEquals(400, api().send("POST", path + "/return", "saksbehandler2", "{}").statusCode(), "a reason is required");
        var returned = api().send("POST", path + "/return", "saksbehandler2", "{\"reason\": \"Legg ved budsjett\"}");
        assertEquals(200, returned.statusCode(), returned.body());

        JsonObject seen = Api.json(api().get(path, "kommune.drammen"));
        assertEquals("RETURNED", seen.getString("status"));
        assertEquals("Legg ved budsjett", seen.getJsonObject("assessment").getString("returnReason"));
        var current = api().get(path, "kommune.drammen");
        var changed = api().send("PUT", path, "kommune.drammen", Scenario.completeApplication(call, "Med budsjett"),
                "If-Match", current.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), changed.body());
        var resubmitted = api().send("POST", path + "/submit", "kommune.drammen", null);
        assertEquals(200, resubmitted.statusCode(), resubmitted.body());
        assertEquals(reference, Api.json(resubmitted).getString("reference"));
        var versions = Api.jsonArray(api().get(path + "/submissions", "saksbehandler1"));
        assertEquals(2, versions.size(), versions.toString());
        assertEquals(first, versions.getJsonObject(0), "the first submission as it was");
        assertTrue(java.util.Arrays.equals(firstPdf, api().download(path + "/submissions/1", "ledelse").body()),
                "its file unchanged");
        String secondText = pdfText(api().download(path + "/submissions/2", "saksbehandler1").body());
        assertTrue(secondText.contains("Med budsjett") && secondText.contains("Versjon 2"), secondText);
        assertFalse(secondText.contains("Til vurdering"), "what it says now, not before: " + secondText);
        assertEquals(200, api().send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}").statusCode(),
                "taken again, by another case handler");
    }

    /** A recommendation of {@code amount} for the application to {@code call}, every criterion scored 5. */
    private String recommendation(long call, String amount) {
        String scores = Api.json(api().get("api/v1/calls/" + call, "saksbehandler1")).getJsonArray("criteria")
                .getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"criterion\": " + c.getJsonNumber("id") + ", \"score\": 5}")
                .collect(Collectors.joining(", "));
        return """
                {"outcome": "GRANT", "amount": "%s", "scores": [%s], "justification": "God søknad"}
                """.formatted(amount, scores);
    }

    private HttpResponse<String> take(String path, String caseHandler, boolean impartial) {
        return api().send("POST", path + "/take", caseHandler, "{\"impartial\": " + impartial + "}", "Accept-Language",
                "en");
    }

    /** The benefit target adjustment of the assessment page, as {@code caseHandler}: the API has no route for it. */
    private HttpResponse<String> adjustTarget(long id, JsonObject target, String caseHandler) {
        return api().send("POST", "api/v1/test-support/adjust-benefit-target?applicationId=" + id + "&targetId="
                + target.getJsonNumber("id") + "&target=40&targetDate=" + target.getString("targetDate")
                + "&reason=Urealistisk", caseHandler, null, "Accept-Language", "en");
    }

    private static void assertRefused(HttpResponse<String> response, String key) {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(Api.json(response).getString("type").endsWith(key), response.body());
    }

    private String page(String username, long id) {
        var page = WebSession.login(Deployments.onLoopback(base), username).get("casework/assessment.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        return page.body();
    }

    /**
     * saksbehandler1 takes the case with the impartiality declaration; godkjenner1 (an approver, so also a case
     * handler) declares a conflict. Neither godkjenner1 nor saksbehandler2 can then return, recommend or adjust the
     * benefit targets (the assessment page does not offer it), and nothing changes; godkjenner1 can never take the
     * application, even after it was returned and resubmitted, nor decide on it.
     */
    @Test
    void onlyTheAssessorActsOnTheAssessmentAndADeclaredConflictBlocksThatUserForGood() {
        long call = call(2065, "5000000.00");
        long id = submitted(call, "100000.00");
        String path = "api/v1/applications/" + id;
        assertEquals(200, take(path, "saksbehandler1", true).statusCode());

        var conflict = take(path, "godkjenner1", false);
        assertRefused(conflict, "assessment.notImpartial");
        List<JsonObject> events = Api.json(api().get("api/v1/events?entity=Application&entityId=" + id, "ledelse"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, events.stream().filter(e -> e.getString("kind").equals("CONFLICT_DECLARED")
                && e.getString("user").equals("godkjenner1")).count(), "the declaration is in the trail: " + events);

        JsonObject before = Api.json(api().get(path, "ledelse"));
        JsonObject target = before.getJsonArray("benefitTargets").getJsonObject(0);
        String reason = "{\"reason\": \"Legg ved budsjett\"}";
        assertRefused(api().send("POST", path + "/recommend", "godkjenner1", recommendation(call, "100000.00")),
                "assessment.conflictDeclared");
        assertRefused(api().send("POST", path + "/return", "godkjenner1", reason), "assessment.conflictDeclared");
        assertRefused(adjustTarget(id, target, "godkjenner1"), "assessment.conflictDeclared");
        var notAssessor = api().send("POST", path + "/recommend", "saksbehandler2", recommendation(call, "100000.00"),
                "Accept-Language", "en");
        assertRefused(notAssessor, "assessment.notAssessor");
        assertTrue(Api.json(notAssessor).getString("detail").contains("saksbehandler1"), notAssessor.body());
        assertRefused(api().send("POST", path + "/return", "saksbehandler2", reason), "assessment.notAssessor");
        assertRefused(adjustTarget(id, target, "saksbehandler2"), "assessment.notAssessor");
        JsonObject after = Api.json(api().get(path, "ledelse"));
        assertEquals("IN_ASSESSMENT", after.getString("status"));
        assertEquals(before.getJsonObject("assessment"), after.getJsonObject("assessment"), "the assessment is unchanged");
        assertEquals(before.getJsonArray("benefitTargets"), after.getJsonArray("benefitTargets"), "the targets too");
        assertEquals(before.getInt("version"), after.getInt("version"), "the application too");

        String othersPage = page("saksbehandler2", id);
        assertTrue(othersPage.contains("id=\"notAssessor\""), "the page says who assesses it");
        assertFalse(othersPage.contains("recommendForm") || othersPage.contains("returnForm")
                || othersPage.contains("targetsForm"), "and offers no act on the assessment");
        String assessorsPage = page("saksbehandler1", id);
        assertTrue(assessorsPage.contains("recommendForm") && assessorsPage.contains("returnForm")
                && assessorsPage.contains("targetsForm") && !assessorsPage.contains("id=\"notAssessor\""));

        assertEquals(200, api().send("POST", path + "/return", "saksbehandler1", reason).statusCode());
        assertEquals(200, api().send("POST", path + "/submit", "kommune.drammen", null).statusCode());
        String conflictedPage = page("godkjenner1", id);
        assertTrue(conflictedPage.contains("id=\"conflictDeclared\"") && !conflictedPage.contains("takeForm"),
                "the page offers no take to whoever declared a conflict");
        assertRefused(take(path, "godkjenner1", true), "assessment.conflictDeclared");
        assertRefused(take(path, "godkjenner1", false), "assessment.notImpartial");
        assertEquals("SUBMITTED", Api.json(api().get(path, "ledelse")).getString("status"));
        assertEquals(200, take(path, "saksbehandler1", true).statusCode());
        var recommended = api().send("POST", path + "/recommend", "saksbehandler1", recommendation(call, "100000.00"));
        assertEquals(200, recommended.statusCode(), recommended.body());
        assertEquals("saksbehandler1", Api.json(recommended).getJsonObject("assessment").getString("recommendedBy"));

        assertRefused(decide(id, "godkjenner1", true), "assessment.conflictDeclared");
        assertRefused(decide(id, "godkjenner1", false), "assessment.conflictDeclared");
        assertEquals("RECOMMENDED", Api.json(api().get(path, "ledelse")).getString("status"));
        assertEquals(200, decide(id, "godkjenner2", true).statusCode());
    }

    /** The assessor who finds a conflict after taking the case hands it back, and another case handler takes it. */
    @Test
    void anAssessorWhoDeclaresAConflictAfterTakingTheCaseHandsItBack() {
        long call = call(2066, "5000000.00");
        long id = submitted(call, "100000.00");
        String path = "api/v1/applications/" + id;
        assertEquals(200, take(path, "saksbehandler1", true).statusCode());
        assertRefused(take(path, "saksbehandler1", false), "assessment.notImpartial");
        assertEquals("SUBMITTED", Api.json(api().get(path, "ledelse")).getString("status"), "handed back, not stuck");
        assertRefused(api().send("POST", path + "/recommend", "saksbehandler1", recommendation(call, "100000.00")),
                "assessment.conflictDeclared");
        assertRefused(take(path, "saksbehandler1", true), "assessment.conflictDeclared");
        assertEquals(200, take(path, "saksbehandler2", true).statusCode());
        var recommended = api().send("POST", path + "/recommend", "saksbehandler2", recommendation(call, "100000.00"));
        assertEquals(200, recommended.statusCode(), recommended.body());
    }

    /**
     * Two calls in one year, 1 000 000 and 500 000: the year's cap is 1 500 000, but a grant of 600 000 on the second
     * call does not fit that call's frame, and is refused with the call's room left.
     */
    @Test
    void aDecisionMustFitItsOwnCallsFrameThoughTheYearHasRoom() {
        int year = 2024;
        long first = call(year, "1000000.00");
        long second = call(year, "500000.00");
        long tooLarge = recommended(second, 1, "600000.00", "saksbehandler1").get(0);
        var refused = api().send("POST", "api/v1/applications/" + tooLarge + "/decide", "godkjenner1",
                "{\"approve\": true}", "Accept-Language", "en");
        assertRefused(refused, "decision.callFrameExceeded");
        assertTrue(Api.json(refused).getString("detail").contains("NOK 500,000.00"), "the call's room: " + refused.body());
        assertEquals("RECOMMENDED", Api.json(api().get("api/v1/applications/" + tooLarge, "ledelse")).getString("status"));
        assertCommitted(year, "0.00");

        assertEquals(200, decide(recommended(second, 1, "300000.00", "saksbehandler1").get(0), "godkjenner1", true)
                .statusCode());
        long overTheRest = recommended(second, 1, "200000.01", "saksbehandler1").get(0);
        var rest = api().send("POST", "api/v1/applications/" + overTheRest + "/decide", "godkjenner1",
                "{\"approve\": true}", "Accept-Language", "en");
        assertRefused(rest, "decision.callFrameExceeded");
        assertTrue(Api.json(rest).getString("detail").contains("NOK 200,000.00"), rest.body());
        assertEquals(200, decide(recommended(first, 1, "1000000.00", "saksbehandler1").get(0), "godkjenner2", true)
                .statusCode(), "the first call's frame is the first call's");
        assertEquals(200, decide(recommended(second, 1, "200000.00", "saksbehandler1").get(0), "godkjenner2", true)
                .statusCode(), "exactly the room left");
        assertCommitted(year, "1500000.00");
    }

    /**
     * A call moved to the next year takes its frame along, while its grants stay committed in the year they were
     * decided: the year that is left has less room than its remaining call's frame, and a grant that fits that call
     * but not the year is refused with the year's message.
     */
    @Test
    void aDecisionThatFitsItsCallButNotTheYearIsRefused() {
        int year = 2099;
        long moving = call(year, "300000.00");
        long staying = call(year, "700000.00");
        assertEquals(200, decide(recommended(moving, 1, "300000.00", "saksbehandler1").get(0), "godkjenner1", true)
                .statusCode());
        String callPath = "api/v1/calls/" + moving;
        var current = api().get(callPath, "admin");
        var moved = api().send("PUT", callPath, "admin", Api.json(current).toString()
                .replace("\"budgetYear\":" + year, "\"budgetYear\":" + (year + 1)),
                "If-Match", current.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject budget = Api.json(api().get("api/v1/budget/" + year, "ledelse"));
        assertEquals("700000.00", budget.getString("frame"));
        assertEquals("400000.00", budget.getString("available"));

        long fitsTheCall = recommended(staying, 1, "500000.00", "saksbehandler1").get(0);
        var refused = api().send("POST", "api/v1/applications/" + fitsTheCall + "/decide", "godkjenner1",
                "{\"approve\": true}", "Accept-Language", "en");
        assertRefused(refused, "decision.capExceeded");
        assertTrue(Api.json(refused).getString("detail").contains("NOK 400,000.00"), refused.body());
        assertEquals("RECOMMENDED", Api.json(api().get("api/v1/applications/" + fitsTheCall, "ledelse"))
                .getString("status"));
        assertCommitted(year, "300000.00");
    }

    /**
     * A call's frame cannot be lowered below what that call has committed, even where the year's frame (the calls'
     * frames together) would still hold everything the year has committed.
     */
    @Test
    void aCallsFrameCannotBeLoweredBelowWhatThatCallHasCommitted() {
        int year = 2064;
        long first = call(year, "1000000.00");
        call(year, "500000.00");
        assertEquals(200, decide(recommended(first, 1, "400000.00", "saksbehandler1").get(0), "godkjenner1", true)
                .statusCode());
        String callPath = "api/v1/calls/" + first;
        var current = api().get(callPath, "admin");
        String terms = Api.json(current).toString();
        String etag = current.headers().firstValue("ETag").orElseThrow();
        var belowTheCall = api().send("PUT", callPath, "admin", terms.replace("\"1000000.00\"", "\"399999.99\""),
                "If-Match", etag, "Accept-Language", "en");
        assertRefused(belowTheCall, "call.frameBelowCallCommitted");
        assertTrue(Api.json(belowTheCall).getString("detail").contains("NOK 400,000.00"), belowTheCall.body());
        assertEquals("1000000.00", Api.json(api().get(callPath, "admin")).getString("frame"), "nothing changed");
        var exactly = api().send("PUT", callPath, "admin", terms.replace("\"1000000.00\"", "\"400000.00\""),
                "If-Match", etag);
        assertEquals(200, exactly.statusCode(), exactly.body());
        assertEquals("900000.00", Api.json(api().get("api/v1/budget/" + year, "ledelse")).getString("frame"));
    }

    /** Sixty applications of 100 000 against a frame of 1 000 000: six times oversubscribed, as real rounds are. */
    @Test
    void aSixTimesOversubscribedCallIsRankedByScoreWithRunningTotalsAndACutLine() {
        long call = call(2036, "1000000.00");
        recommended(call, 60, "100000.00", "saksbehandler1", true, "3301", "4621", "0301", "5001");
        String path = "api/v1/calls/" + call + "/ranking";
        assertEquals(403, api().get(path, "kommune.drammen").statusCode(), "municipalities see no ranking");
        var response = api().get(path, "ledelse");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject ranking = Api.json(response);

        assertEquals(0, new BigDecimal("6.0").compareTo(ranking.getJsonNumber("oversubscription").bigDecimalValue()));
        List<JsonObject> rows = ranking.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(60, rows.size());
        Money running = Money.ZERO;
        BigDecimal previousScore = null;
        Set<BigDecimal> scores = new HashSet<>();
        for (JsonObject row : rows) {
            BigDecimal score = row.getJsonNumber("weightedScore").bigDecimalValue();
            scores.add(score.stripTrailingZeros());
            assertTrue(previousScore == null || previousScore.compareTo(score) >= 0, "highest score first: " + row);
            previousScore = score;
            running = running.plus(Money.of(row.getString("recommendedAmount")));
            assertEquals(running.toString(), row.getString("runningTotal"), "running total at rank " + row.getInt("rank"));
            assertEquals(row.getInt("rank") <= 10, row.getBoolean("withinFrame"), "rank " + row.getInt("rank"));
        }
        assertTrue(scores.size() > 5, "the applications were scored apart: " + scores);
        assertEquals(11, ranking.getInt("cutLine"), "the eleventh is the first the frame has no room for");
        assertEquals("6000000.00", ranking.getString("claimed"));
        assertEquals("1000000.00", ranking.getString("withinFrame"));

        List<JsonObject> counties = ranking.getJsonArray("byCounty").getValuesAs(JsonObject.class);
        assertEquals(Set.of("Buskerud", "Vestland", "Oslo", "Trøndelag"),
                counties.stream().map(c -> c.getString("name")).collect(Collectors.toSet()));
        assertEquals(60, counties.stream().mapToInt(c -> c.getInt("applications")).sum());
        assertEquals(Money.of("1000000.00"), counties.stream().map(c -> Money.of(c.getString("withinFrame")))
                .reduce(Money.ZERO, Money::plus), "the counties' shares of the frame add up to it");
        assertEquals(60, ranking.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> c.getInt("applications")).sum());
    }

    /** Voss writes Nynorsk: its letter is in Nynorsk, it reads it, accepts, and cannot answer twice. */
    @Test
    void theMunicipalityReadsTheLetterInItsLanguageFormAndAccepts() throws Exception {
        long call = call(2035, "1000000.00");
        long id = recommended(call, 1, "250000.00", "saksbehandler1", false, "4621").get(0);
        String path = "api/v1/applications/" + id;
        assertEquals(404, api().download(path + "/letter", "kommune.voss").statusCode(), "no letter before the decision");
        assertEquals(409, api().send("POST", path + "/accept", "kommune.voss", null).statusCode(), "nothing to accept yet");

        var granted = decide(id, "godkjenner1", true);
        assertEquals(200, granted.statusCode(), granted.body());
        JsonObject grant = Api.json(granted).getJsonObject("grant");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        assertEquals("250000.00", grant.getString("amount"));
        assertEquals(today.plusDays(30).toString(), grant.getString("acceptanceDeadline"), "30 days, the scheme's default");
        String reference = Api.json(granted).getString("reference");

        var letter = api().download(path + "/letter", "kommune.voss");
        assertEquals(200, letter.statusCode());
        assertTrue(letter.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        String text = pdfText(letter.body());
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains("250 000,00"), "the amount as Norwegians write it: " + text);
        assertTrue(text.contains("Tilsegn"), "Nynorsk: " + text);
        assertFalse(text.contains("Tilsagn"), "no Bokmål: " + text);
        assertTrue(text.contains(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today.plusDays(30))),
                "the acceptance deadline: " + text);
        assertEquals(404, api().download(path + "/letter", "kommune.drammen").statusCode(), "not Drammen's letter");
        assertEquals(200, api().download(path + "/letter", "ledelse").statusCode(), "management reads it");

        assertEquals(403, api().send("POST", path + "/accept", "saksbehandler1", null).statusCode());
        var accepted = api().send("POST", path + "/accept", "kommune.voss", null);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", Api.json(accepted).getString("status"));
        assertEquals("kommune.voss", Api.json(accepted).getJsonObject("grant").getString("answeredBy"));
        var twice = api().send("POST", path + "/decline", "kommune.voss", null);
        assertEquals(409, twice.statusCode(), twice.body());
        assertTrue(Api.json(twice).getString("type").endsWith("grant.notGranted"), twice.body());
        assertEquals("250000.00", Api.json(api().get("api/v1/budget/2035", "ledelse")).getString("committed"),
                "an accepted grant stays committed");
    }

    /**
     * One grant declined, one accepted, one left unanswered past its deadline: the declined and the unanswered lapse
     * and give their room back, once, however often the job runs; the budget agrees with the grants stored.
     */
    @Test
    void declinedGrantsAndGrantsNotAcceptedInTimeLapseAndFreeTheirAmount() throws Exception {
        int year = 2034;
        long call = call(year, "1000000.00");
        List<Long> ids = recommended(call, 3, "300000.00", "saksbehandler1");
        for (long id : ids) {
            assertEquals(200, decide(id, "godkjenner2", true).statusCode());
        }
        assertCommitted(year, "900000.00");
        String drammensLetter = pdfText(api().download("api/v1/applications/" + ids.get(0) + "/letter",
                "kommune.drammen").body());
        assertTrue(drammensLetter.contains("Tilsagn"), "Bokmål for a municipality without a chosen form: " + drammensLetter);

        var declined = api().send("POST", "api/v1/applications/" + ids.get(0) + "/decline", "kommune.drammen", null);
        assertEquals(200, declined.statusCode(), declined.body());
        assertEquals("LAPSED", Api.json(declined).getString("status"));
        assertEquals("300000.00", Api.json(declined).getJsonObject("grant").getString("freed"));
        assertCommitted(year, "600000.00");
        assertEquals(200, api().send("POST", "api/v1/applications/" + ids.get(1) + "/accept", "kommune.drammen", null)
                .statusCode());

        String late = "api/v1/applications/" + ids.get(2);
        try {
            api().send("POST", "api/v1/test-support/clock?days=31", "admin", null);
            var tooLate = api().send("POST", late + "/accept", "kommune.drammen", null);
            assertEquals(409, tooLate.statusCode(), tooLate.body());
            assertTrue(Api.json(tooLate).getString("type").endsWith("grant.acceptanceDeadlinePassed"), tooLate.body());

            var firstRun = api().send("POST", "api/v1/test-support/jobs/acceptance-deadlines", "admin", null);
            assertEquals(200, firstRun.statusCode(), firstRun.body());
            assertTrue(Integer.parseInt(firstRun.body()) >= 1, firstRun.body());
            var secondRun = api().send("POST", "api/v1/test-support/jobs/acceptance-deadlines", "admin", null);
            assertEquals("0", secondRun.body(), "the second run finds nothing left to lapse");
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        JsonObject lapsed = Api.json(api().get(late, "kommune.drammen"));
        assertEquals("LAPSED", lapsed.getString("status"));
        assertEquals("300000.00", lapsed.getJsonObject("grant").getString("freed"));
        assertEquals("ACCEPTED", Api.json(api().get("api/v1/applications/" + ids.get(1), "ledelse")).getString("status"));
        assertCommitted(year, "300000.00");
        long lapseEvents = Api.json(api().get("api/v1/events?entity=Application&entityId=" + ids.get(2), "ledelse"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("GRANT_LAPSED")).count();
        assertEquals(1, lapseEvents, "lapsed once, by the system");
    }

    /** The budget's committed sum, and the same sum from the grants stored: granted less freed. */
    private void assertCommitted(int year, String expected) {
        assertEquals(expected, Api.json(api().get("api/v1/budget/" + year, "ledelse")).getString("committed"));
        assertEquals(expected, api().get("api/v1/test-support/committed-by-grants?year=" + year, "admin").body(),
                "the budget agrees with the grants in the database");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }
}
