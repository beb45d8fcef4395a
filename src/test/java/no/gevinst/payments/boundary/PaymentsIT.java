package no.gevinst.payments.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import no.gevinst.payments.control.Pain001;
import no.gevinst.support.Api;
import no.gevinst.support.BankFiles;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** Milestone payments, the withheld share, operation, cancellation, expiry and the bank file, in a real Payara Micro. */
public abstract class PaymentsIT {

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

    private List<Long> milestoneIds(long id) {
        return grant(id).getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("id").longValue()).toList();
    }

    private HttpResponse<String> act(String user, String path, String json) {
        return api().send("POST", path, user, json);
    }

    /** Milestone {@code index} reported with evidence and verified as {@code verifier}; the payment proposed. */
    private JsonObject reportAndVerify(long id, int index, String verifier) {
        return scenario().reportAndVerify(id, index, verifier);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    private void assertBudget(int year, String committed, String paid, String withheldOutstanding, String released,
            String forfeited) {
        JsonObject budget = Api.json(api().get("api/v1/budget/" + year, "ledelse"));
        assertEquals(List.of(committed, paid, withheldOutstanding, released, forfeited), List.of(
                budget.getString("committed"), budget.getString("paid"), budget.getString("withheldOutstanding"),
                budget.getString("released"), budget.getString("forfeited")), "budget " + year + ": " + budget);
        assertEquals(committed, api().get("api/v1/test-support/committed-by-grants?year=" + year, "admin").body(),
                "the budget agrees with the grants stored");
    }

    /** The worked example of docs/payments.md: NOK 1 000 000.01 in three milestones, 20 % withheld, to the øre. */
    @Test
    void theWorkedExamplePaysEveryØreAndTheBankFileValidates() throws Exception {
        long call = scenario().call(2033, "5000000.00");
        long id = scenario().accepted(call, "333333.33", "333333.34", "333333.34");
        List<JsonObject> proposed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            proposed.add(reportAndVerify(id, i, "saksbehandler1"));
        }
        assertEquals(List.of("66666.67", "66666.67", "66666.67"), proposed.stream().map(p -> p.getString("withheld")).toList());
        assertEquals(List.of("266666.66", "266666.67", "266666.67"), proposed.stream().map(p -> p.getString("net")).toList());
        assertEquals("IN_PROGRESS", Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("status"));
        JsonObject ledger = grant(id);
        assertEquals("800000.00", ledger.getString("paid"));
        assertEquals("200000.01", ledger.getString("withheldOutstanding"));
        assertEquals("0.00", ledger.getString("notYetDue"));

        for (JsonObject payment : proposed) {
            String approve = "api/v1/payments/" + payment.getJsonNumber("id") + "/approve";
            assertEquals(403, act("saksbehandler2", approve, null).statusCode(), "a case handler does not approve");
            var approved = act("godkjenner1", approve, null);
            assertEquals(200, approved.statusCode(), approved.body());
            assertEquals("APPROVED", Api.json(approved).getString("status"));
        }

        String operation = "api/v1/applications/" + id + "/operation";
        assertEquals(409, act("saksbehandler2", operation + "/confirm", null).statusCode(), "not reported yet");
        assertEquals(200, act("kommune.drammen", operation + "/report", "{\"inOperationSince\": \"" + today()
                + "\", \"description\": \"Alle sykehjem bruker løsningen\"}").statusCode());
        var confirmed = act("saksbehandler2", operation + "/confirm", null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("OPERATIONAL", Api.json(confirmed).getString("status"));
        List<JsonObject> payments = Api.json(confirmed).getJsonObject("grant").getJsonArray("payments")
                .getValuesAs(JsonObject.class);
        JsonObject release = payments.getLast();
        assertEquals("RELEASE", release.getString("kind"));
        assertEquals("200000.01", release.getString("net"), "all the withheld money in one payment");
        assertEquals(200, act("godkjenner2", "api/v1/payments/" + release.getJsonNumber("id") + "/approve", null).statusCode());
        assertBudget(2033, "1000000.01", "1000000.01", "0.00", "200000.01", "0.00");

        var gathered = api().send("POST", "api/v1/payment-batches", "godkjenner1", null);
        assertEquals(201, gathered.statusCode(), gathered.body());
        JsonObject batch = Api.json(gathered);
        Set<Long> inBatch = batch.getJsonArray("payments").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).collect(Collectors.toSet());
        Set<Long> ours = new java.util.HashSet<>(proposed.stream().map(p -> p.getJsonNumber("id").longValue()).toList());
        ours.add(release.getJsonNumber("id").longValue());
        assertTrue(inBatch.containsAll(ours), "every approved payment is gathered: " + batch);

        String file = "api/v1/payment-batches/" + batch.getJsonNumber("id") + "/pain001";
        assertEquals(403, api().download(file, "saksbehandler1").statusCode());
        HttpResponse<byte[]> first = api().download(file, "godkjenner1");
        assertEquals(200, first.statusCode());
        BankFiles.validatePain001(first.body());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList amounts = factory.newDocumentBuilder().parse(new ByteArrayInputStream(first.body()))
                .getElementsByTagNameNS(Pain001.NAMESPACE, "InstdAmt");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < amounts.getLength(); i++) {
            sum = sum.add(new BigDecimal(amounts.item(i).getTextContent()));
        }
        assertEquals(new BigDecimal(batch.getString("total")), sum, "the file sums to the batch total");
        assertEquals(batch.getInt("count"), amounts.getLength());
        String xml = new String(first.body(), java.nio.charset.StandardCharsets.UTF_8);
        String reference = Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("reference");
        assertTrue(xml.contains(reference + "-M1-P") && xml.contains(reference + "-REL-P"), xml);

        JsonObject sent = Api.json(api().get("api/v1/payment-batches/" + batch.getJsonNumber("id"), "godkjenner2"));
        assertEquals("godkjenner1", sent.getString("sentBy", null), "who sent it is kept: " + sent);
        assertTrue(sent.containsKey("sentAt"), "and when: " + sent);
        HttpResponse<byte[]> second = api().download(file, "godkjenner2");
        assertArrayEquals(first.body(), second.body(), "a second export returns the same file");
        assertTrue(grant(id).getJsonArray("payments").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("status").equals("SENT")), "exported: sent");
        var nothingLeft = api().send("POST", "api/v1/payment-batches", "godkjenner1", null);
        assertEquals(409, nothingLeft.statusCode(), "no payment goes into a second batch: " + nothingLeft.body());
    }

    /** The same grant cancelled after two milestones: their withheld parts forfeited, the third freed. */
    @Test
    void aGrantCancelledAfterTwoMilestonesForfeitsTheWithheldMoneyAndFreesTheRest() {
        long call = scenario().call(2032, "5000000.00");
        long id = scenario().accepted(call, "333333.33", "333333.34", "333333.34");
        reportAndVerify(id, 0, "saksbehandler1");
        reportAndVerify(id, 1, "saksbehandler1");
        String cancel = "api/v1/applications/" + id + "/cancel";
        assertEquals(400, act("godkjenner1", cancel, "{}").statusCode(), "a reason is required");
        assertEquals(403, act("saksbehandler1", cancel, "{\"reason\": \"Stanset\"}").statusCode());
        var cancelled = act("godkjenner1", cancel, "{\"reason\": \"Prosjektet er stanset\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Api.json(cancelled).getString("status"));
        JsonObject grant = Api.json(cancelled).getJsonObject("grant");
        assertEquals(List.of("533333.33", "0.00", "133333.34", "0.00", "333333.34"), List.of(grant.getString("paid"),
                grant.getString("withheldOutstanding"), grant.getString("forfeited"), grant.getString("notYetDue"),
                grant.getString("freed")));
        assertBudget(2032, "533333.33", "533333.33", "0.00", "0.00", "133333.34");
        assertEquals(409, act("godkjenner1", cancel, "{\"reason\": \"Igjen\"}").statusCode(), "cancelled once");
    }

    /** Four eyes: whoever verified a milestone never approves its payment; a rejection sends it back. */
    @Test
    void theVerifierNeverApprovesThePaymentAndARejectionSendsTheMilestoneBack() {
        long call = scenario().call(2031, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "100000.00");
        var withoutEvidence = act("kommune.drammen", "api/v1/applications/" + id + "/milestones/" + milestoneIds(id).get(1)
                + "/report", "{\"completedOn\": \"" + today() + "\", \"description\": \"Levert\"}");
        assertEquals(400, withoutEvidence.statusCode(), withoutEvidence.body());
        assertEquals("evidence", Api.json(withoutEvidence).getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject payment = reportAndVerify(id, 0, "godkjenner1");
        String path = "api/v1/payments/" + payment.getJsonNumber("id");
        var own = act("godkjenner1", path + "/approve", null);
        assertEquals(409, own.statusCode(), own.body());
        assertTrue(Api.json(own).getString("type").endsWith("payment.fourEyesVerifier"), own.body());
        assertTrue(Api.json(own).getString("detail").contains("En annen godkjenner må gjøre det"), own.body());

        assertEquals(400, act("godkjenner2", path + "/reject", "{}").statusCode(), "a reason is required");
        var rejected = act("godkjenner2", path + "/reject", "{\"reason\": \"Dokumentasjonen mangler\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", Api.json(rejected).getString("status"));
        JsonObject grant = grant(id);
        assertEquals("REPORTED", grant.getJsonArray("milestones").getJsonObject(0).getString("status"));
        assertEquals("0.00", grant.getString("paid"));
        assertEquals("200000.00", grant.getString("notYetDue"));

        JsonObject again = reportAndVerifyAgain(id, "saksbehandler1");
        var approved = act("godkjenner1", "api/v1/payments/" + again.getJsonNumber("id") + "/approve", null);
        assertEquals(200, approved.statusCode(), "godkjenner1 did not verify this one: " + approved.body());
    }

    private JsonObject reportAndVerifyAgain(long id, String verifier) {
        String milestone = "api/v1/applications/" + id + "/milestones/" + milestoneIds(id).get(0);
        var verified = act(verifier, milestone + "/verify", null);
        assertEquals(200, verified.statusCode(), verified.body());
        List<JsonObject> payments = Api.json(verified).getJsonObject("grant").getJsonArray("payments")
                .getValuesAs(JsonObject.class);
        return payments.getLast();
    }

    /** Not in operation by the deadline and the grace period: the job expires the grant, once. */
    @Test
    void aGrantNotInOperationByItsDeadlineExpires() throws Exception {
        long call = scenario().call(2030, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "100000.00");
        reportAndVerify(id, 0, "saksbehandler1");
        LocalDate deadline = LocalDate.parse(grant(id).getString("operationDeadline"));
        long days = ChronoUnit.DAYS.between(today(), deadline.plusDays(91));
        try {
            api().send("POST", "api/v1/test-support/clock?days=" + (days - 2), "admin", null);
            api().send("POST", "api/v1/test-support/jobs/operation-deadlines", "admin", null);
            assertEquals("IN_PROGRESS", Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("status"),
                    "still within the grace period");
            api().send("POST", "api/v1/test-support/clock?days=" + days, "admin", null);
            var run = api().send("POST", "api/v1/test-support/jobs/operation-deadlines", "admin", null);
            assertTrue(Integer.parseInt(run.body()) >= 1, run.body());
            assertEquals("0", api().send("POST", "api/v1/test-support/jobs/operation-deadlines", "admin", null).body(),
                    "the second run finds nothing");
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        JsonObject expired = Api.json(api().get("api/v1/applications/" + id, "ledelse"));
        assertEquals("EXPIRED", expired.getString("status"));
        JsonObject grant = expired.getJsonObject("grant");
        assertEquals(List.of("80000.00", "20000.00", "100000.00"), List.of(grant.getString("paid"),
                grant.getString("forfeited"), grant.getString("freed")));
        assertBudget(2030, "80000.00", "80000.00", "0.00", "0.00", "20000.00");
    }

    /**
     * Benefits from the operation report on: the first measurements come with it, later ones are reported one by
     * one, a correction replaces a measurement and keeps it, and the realisation follows the latest.
     */
    @Test
    void theOperationReportCarriesTheFirstMeasurementsAndACorrectionKeepsTheOldOne() {
        long call = scenario().call(2028, "5000000.00");
        long id = scenario().accepted(call, "100000.00");
        String path = "api/v1/applications/" + id;
        JsonObject target = Api.json(api().get(path, "kommune.drammen")).getJsonArray("benefitTargets").getJsonObject(0);
        long targetId = target.getJsonNumber("id").longValue();
        String measurements = path + "/benefits/" + targetId + "/measurements";
        var tooEarly = act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today() + "\", \"value\": 20}");
        assertEquals(409, tooEarly.statusCode(), "not before the operation report: " + tooEarly.body());

        var reported = act("kommune.drammen", path + "/operation/report", "{\"inOperationSince\": \"" + today()
                + "\", \"description\": \"I bruk\", \"measurements\": [{\"benefitTargetId\": " + targetId
                + ", \"measuredOn\": \"" + today() + "\", \"value\": 20, \"comment\": \"Første måling\"}]}");
        assertEquals(200, reported.statusCode(), reported.body());
        JsonObject first = Api.json(reported).getJsonArray("benefitTargets").getJsonObject(0);
        assertEquals(1, first.getJsonArray("measurements").size());
        assertEquals(0, new BigDecimal("25.0").compareTo(first.getJsonObject("realisation").getJsonNumber("percent")
                .bigDecimalValue()), "baseline 10, target 50, measured 20: " + first);

        assertEquals(400, act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today() + "\", \"value\": \"N/A\"}")
                .statusCode(), "no text in a number");
        var neither = act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today() + "\"}");
        assertEquals(400, neither.statusCode());
        assertEquals("value", Api.json(neither).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today()
                + "\", \"value\": 3, \"notMeasuredReason\": \"Begge\"}").statusCode(), "a value or a reason, not both");
        var notMeasured = act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today()
                + "\", \"notMeasuredReason\": \"Målesystemet er ikke i drift ennå\"}");
        assertEquals(201, notMeasured.statusCode(), "not measured is an explicit choice with a reason: " + notMeasured.body());
        assertEquals(403, act("saksbehandler1", measurements, "{\"measuredOn\": \"" + today() + "\", \"value\": 3}")
                .statusCode(), "the municipality measures");

        var later = act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today() + "\", \"value\": 30}");
        assertEquals(201, later.statusCode(), later.body());
        long laterId = Api.json(later).getJsonNumber("id").longValue();
        var corrected = act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today()
                + "\", \"value\": 35, \"replaces\": " + laterId + "}");
        assertEquals(201, corrected.statusCode(), corrected.body());
        assertEquals(409, act("kommune.drammen", measurements, "{\"measuredOn\": \"" + today()
                + "\", \"value\": 36, \"replaces\": " + laterId + "}").statusCode(), "a replaced measurement stays as it was");

        JsonObject now = Api.json(api().get(path, "ledelse")).getJsonArray("benefitTargets").getJsonObject(0);
        List<JsonObject> all = now.getJsonArray("measurements").getValuesAs(JsonObject.class);
        assertEquals(4, all.size(), "the first, not measured, the replaced and its correction: all kept");
        assertTrue(all.stream().anyMatch(m -> m.getJsonNumber("id").longValue() == laterId && m.getBoolean("replaced")));
        assertEquals(0, new BigDecimal("62.5").compareTo(now.getJsonObject("realisation").getJsonNumber("percent")
                .bigDecimalValue()), "the correction counts, the replaced one does not: " + now);
    }

    /** Closed only after the reporting period (3 years), with every year reported; a missing year is named. */
    @Test
    void aGrantIsClosedOnlyWhenEveryYearOfItsReportingPeriodHasItsReport() {
        long call = scenario().call(2027, "5000000.00");
        long id = scenario().accepted(call, "100000.00");
        String path = "api/v1/applications/" + id;
        long targetId = Api.json(api().get(path, "kommune.drammen")).getJsonArray("benefitTargets").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String measurements = path + "/benefits/" + targetId + "/measurements";
        assertEquals(200, act("kommune.drammen", path + "/operation/report", "{\"inOperationSince\": \"" + today()
                + "\", \"description\": \"I bruk\", \"measurements\": [{\"benefitTargetId\": " + targetId
                + ", \"measuredOn\": \"" + today() + "\", \"value\": 20}]}").statusCode());
        assertEquals(200, act("saksbehandler1", path + "/operation/confirm", null).statusCode());
        var early = act("saksbehandler1", path + "/close", null);
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(Api.json(early).getString("type").endsWith("grant.reportingPeriodNotOver"), early.body());
        LocalDate start = today();
        try {
            api().send("POST", "api/v1/test-support/clock?days=366", "admin", null);
            assertEquals(201, act("kommune.drammen", measurements, "{\"measuredOn\": \"" + start.plusDays(366)
                    + "\", \"value\": 30}").statusCode(), "year 2");
            api().send("POST", "api/v1/test-support/clock?days=1097", "admin", null);
            var missing = act("saksbehandler1", path + "/close", null);
            assertEquals(409, missing.statusCode(), missing.body());
            assertTrue(Api.json(missing).getString("detail").contains("3"), "year 3 has no report: " + missing.body());
            assertEquals("OPERATIONAL", Api.json(api().get(path, "ledelse")).getString("status"), "nothing changed");

            assertEquals(201, act("kommune.drammen", measurements, "{\"measuredOn\": \"" + start.plusDays(800)
                    + "\", \"value\": 45, \"comment\": \"Rapport for år 3\"}").statusCode());
            var closed = act("saksbehandler1", path + "/close", null);
            assertEquals(200, closed.statusCode(), closed.body());
            assertEquals("CLOSED", Api.json(closed).getString("status"));
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
    }

    /**
     * 200 generated grants in operation with measurements, corrections and "not measured": the portfolio's sums
     * (one SQL query) equal the sums computed one measurement at a time from the same database.
     */
    @Test
    void thePortfolioTotalsEqualTheSumsOfTheLatestMeasurementsOfTwoHundredGrants() {
        var generated = api().send("POST", "api/v1/test-support/benefit-portfolio?grants=200&seed=7", "admin", null);
        assertEquals("200", generated.body());
        assertEquals(403, api().get("api/v1/benefits/portfolio", "kommune.drammen").statusCode());
        var response = api().get("api/v1/benefits/portfolio", "ledelse");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject totals = Api.json(response);
        for (String[] view : new String[][] {{"byCategory", "category"}, {"byCounty", "county"}, {"byBudgetYear", "year"}}) {
            List<String> actual = totals.getJsonArray(view[0]).getValuesAs(JsonObject.class).stream()
                    .map(sum -> sum.getString("key") + "|" + sum.getString("kind") + "="
                            + sum.getJsonNumber("realised").bigDecimalValue().stripTrailingZeros().toPlainString())
                    .sorted().toList();
            List<String> expected = List.of(api().get("api/v1/test-support/realised?by=" + view[1], "admin").body()
                    .split("\n")).stream().sorted().toList();
            assertTrue(expected.size() >= 4, view[1] + ": a data set worth comparing: " + expected);
            assertEquals(expected, actual, view[0]);
        }
    }

    /** The payments of a grant that still count (not rejected), as the API shows them. */
    private List<JsonObject> livePayments(long id) {
        return grant(id).getJsonArray("payments").getValuesAs(JsonObject.class).stream()
                .filter(p -> !"REJECTED".equals(p.getString("status"))).toList();
    }

    private static BigDecimal sum(List<JsonObject> payments) {
        return payments.stream().map(p -> new BigDecimal(p.getString("net"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private HttpResponse<String> reportOperation(long id) {
        long targetId = Api.json(api().get("api/v1/applications/" + id, "kommune.drammen")).getJsonArray("benefitTargets")
                .getJsonObject(0).getJsonNumber("id").longValue();
        return act("kommune.drammen", "api/v1/applications/" + id + "/operation/report", "{\"inOperationSince\": \""
                + today() + "\", \"description\": \"I bruk\", \"measurements\": [{\"benefitTargetId\": " + targetId
                + ", \"measuredOn\": \"" + today() + "\", \"value\": 20}]}");
    }

    private static void assertRefused(HttpResponse<String> response, String messageKey) {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(Api.json(response).getString("type").endsWith(messageKey), response.body());
    }

    /**
     * Issue 20, defects 1 and 2: verify milestone 1, report and confirm operation, approve the release, reject
     * milestone 1's payment, verify both milestones again and approve them paid a grant of 200 000 with 220 000, and
     * confirming operation again then answered 500. Operation is now confirmed only when no payment with a withheld
     * part waits for the approver.
     */
    @Test
    void aReleaseNeverPaysTheWithheldPartOfAPaymentThatMayStillBeRejected() {
        long call = scenario().call(2080, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "100000.00");
        String path = "api/v1/applications/" + id;
        JsonObject first = reportAndVerify(id, 0, "saksbehandler1");
        assertEquals("20000.00", first.getString("withheld"));
        assertEquals(200, reportOperation(id).statusCode());

        assertRefused(act("saksbehandler2", path + "/operation/confirm", null), "operation.paymentsUndecided");
        assertEquals("IN_PROGRESS", Api.json(api().get(path, "ledelse")).getString("status"), "refused, unchanged");
        assertEquals(1, grant(id).getJsonArray("payments").size(), "no release proposed");

        assertEquals(200, act("godkjenner2", "api/v1/payments/" + first.getJsonNumber("id") + "/reject",
                "{\"reason\": \"Feil dokumentasjon\"}").statusCode());
        var confirmed = act("saksbehandler2", path + "/operation/confirm", null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("OPERATIONAL", Api.json(confirmed).getString("status"));
        assertEquals(List.of(), livePayments(id), "nothing was withheld from a payment that stands: no release");
        assertRefused(act("saksbehandler2", path + "/operation/confirm", null), "operation.alreadyConfirmed");

        JsonObject again = reportAndVerifyAgain(id, "saksbehandler1");
        JsonObject second = reportAndVerify(id, 1, "saksbehandler1");
        for (JsonObject payment : List.of(again, second)) {
            assertEquals("0.00", payment.getString("withheld"), "in operation: paid in full");
            assertEquals(200, act("godkjenner1", "api/v1/payments/" + payment.getJsonNumber("id") + "/approve", null)
                    .statusCode());
        }
        assertEquals(0, new BigDecimal("200000.00").compareTo(sum(livePayments(id))), "never more than granted");
        JsonObject grant = grant(id);
        assertEquals(List.of("200000.00", "0.00", "0.00"), List.of(grant.getString("paid"),
                grant.getString("withheldOutstanding"), grant.getString("notYetDue")));
        assertRefused(act("saksbehandler2", path + "/operation/confirm", null), "operation.alreadyConfirmed");
        assertBudget(2080, "200000.00", "200000.00", "0.00", "0.00", "0.00");
    }

    /**
     * docs/payments.md's example of a rejected payment after operation: the release is rejected, confirming the
     * operation again proposes it again, and the milestone verified after operation is paid in full.
     */
    @Test
    void aRejectedReleaseIsProposedAgainByConfirmingTheOperationAgain() {
        long call = scenario().call(2081, "5000000.00");
        long id = scenario().accepted(call, "100000.00", "100000.00");
        String path = "api/v1/applications/" + id;
        JsonObject first = reportAndVerify(id, 0, "saksbehandler1");
        assertEquals(200, act("godkjenner1", "api/v1/payments/" + first.getJsonNumber("id") + "/approve", null)
                .statusCode());
        assertEquals(200, reportOperation(id).statusCode());
        assertEquals(200, act("saksbehandler2", path + "/operation/confirm", null).statusCode());
        JsonObject release = livePayments(id).get(1);
        assertEquals(List.of("RELEASE", "20000.00"), List.of(release.getString("kind"), release.getString("net")));
        assertEquals(200, act("godkjenner1", "api/v1/payments/" + release.getJsonNumber("id") + "/reject",
                "{\"reason\": \"Driften er ikke dokumentert\"}").statusCode());
        assertEquals("20000.00", grant(id).getString("withheldOutstanding"), "rejected: outstanding again");

        assertEquals(200, act("saksbehandler2", path + "/operation/confirm", null).statusCode());
        JsonObject again = livePayments(id).get(1);
        assertEquals(List.of("RELEASE", "20000.00", "PROPOSED"), List.of(again.getString("kind"),
                again.getString("net"), again.getString("status")));
        assertRefused(act("saksbehandler2", path + "/operation/confirm", null), "operation.alreadyConfirmed");
        JsonObject second = reportAndVerify(id, 1, "saksbehandler1");
        assertEquals("100000.00", second.getString("net"));
        assertEquals(0, new BigDecimal("200000.00").compareTo(sum(livePayments(id))));
        assertBudget(2081, "200000.00", "200000.00", "0.00", "20000.00", "0.00");
    }

    /**
     * Issue 20, defect 4: expiry ignored an operation report that waited for the case handler's confirmation. A
     * report made in time stops the clock; after the deadline and the grace period a report is refused, and one made
     * in time can no longer be replaced (its operation date would move past the deadline).
     */
    @Test
    void anOperationReportedInTimeStopsTheClockAndALateReportIsRefused() {
        long call = scenario().call(2082, "5000000.00");
        long reported = scenario().accepted(call, "100000.00");
        long silent = scenario().accepted(call, "100000.00");
        assertEquals(200, reportOperation(reported).statusCode());
        LocalDate deadline = LocalDate.parse(grant(silent).getString("operationDeadline"));
        try {
            api().send("POST", "api/v1/test-support/clock?days=" + ChronoUnit.DAYS.between(today(),
                    deadline.plusDays(91)), "admin", null);
            assertRefused(reportOperation(silent), "operation.deadlinePassed");
            assertRefused(reportOperation(reported), "operation.deadlinePassed");
            api().send("POST", "api/v1/test-support/jobs/operation-deadlines", "admin", null);
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        JsonObject waiting = Api.json(api().get("api/v1/applications/" + reported, "ledelse"));
        assertEquals("ACCEPTED", waiting.getString("status"), "reported in time: waits for the case handler");
        assertEquals("0.00", waiting.getJsonObject("grant").getString("freed"));
        assertEquals("EXPIRED", Api.json(api().get("api/v1/applications/" + silent, "ledelse")).getString("status"));
        assertEquals(200, act("saksbehandler1", "api/v1/applications/" + reported + "/operation/confirm", null)
                .statusCode(), "the report can still be confirmed");
    }

    /**
     * Issue 20, defect 7: closing left money committed for good. A grant closes only with its payments settled, and
     * frees the milestones never verified back to the year's frame.
     */
    @Test
    void closingWaitsForThePaymentsAndFreesTheMilestonesNeverVerified() {
        long call = scenario().call(2083, "5000000.00");
        long id = scenario().accepted(call, "60000.00", "40000.00");
        String path = "api/v1/applications/" + id;
        long targetId = Api.json(api().get(path, "kommune.drammen")).getJsonArray("benefitTargets").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject first = reportAndVerify(id, 0, "saksbehandler1");
        assertEquals(200, act("godkjenner1", "api/v1/payments/" + first.getJsonNumber("id") + "/approve", null)
                .statusCode());
        assertEquals(200, reportOperation(id).statusCode());
        assertEquals(200, act("saksbehandler2", path + "/operation/confirm", null).statusCode());
        JsonObject release = livePayments(id).get(1);
        LocalDate start = today();
        try {
            for (int year = 1; year <= 2; year++) {
                api().send("POST", "api/v1/test-support/clock?days=" + 366 * year, "admin", null);
                assertEquals(201, act("kommune.drammen", path + "/benefits/" + targetId + "/measurements",
                        "{\"measuredOn\": \"" + start.plusDays(366 * year) + "\", \"value\": 30}").statusCode());
            }
            api().send("POST", "api/v1/test-support/clock?days=1100", "admin", null);
            assertRefused(act("saksbehandler1", path + "/close", null), "grant.closePaymentsUndecided");
            assertEquals(200, act("godkjenner1", "api/v1/payments/" + release.getJsonNumber("id") + "/approve", null)
                    .statusCode());
            var closed = act("saksbehandler1", path + "/close", null);
            assertEquals(200, closed.statusCode(), closed.body());
            assertEquals("CLOSED", Api.json(closed).getString("status"));
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        JsonObject grant = grant(id);
        assertEquals(List.of("60000.00", "40000.00", "0.00"), List.of(grant.getString("paid"),
                grant.getString("freed"), grant.getString("notYetDue")), "milestone 2 was never verified: freed");
        assertBudget(2083, "60000.00", "60000.00", "0.00", "12000.00", "0.00");
    }

    /**
     * Issue 20, defect 5: declining locked the budget year before the application, the lapse job the application
     * before the year, so the two could deadlock (PostgreSQL then fails one: 500, and the job's whole run rolled
     * back). Here a transaction holds the application's row the way the job takes it and asks for the year's row
     * while the municipality declines: with one lock order the decline waits its turn, and both go through.
     */
    @Test
    void aDeclineTakesItsLocksInTheJobsOrder() throws Exception {
        long call = scenario().call(2085, "5000000.00");
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 3; round++) {
                long id = scenario().granted(call, "50000.00");
                var job = pool.submit(() -> api().send("POST", "api/v1/test-support/locks/application-then-budget-year"
                        + "?application=" + id + "&year=2085&pauseMillis=1500", "admin", null).body());
                Thread.sleep(500);
                var declined = act("kommune.drammen", "api/v1/applications/" + id + "/decline", null);
                assertEquals("locked", job.get(), "the job's order went through");
                assertEquals(200, declined.statusCode(), declined.body());
                assertEquals("LAPSED", Api.json(declined).getString("status"));
            }
        } finally {
            pool.shutdown();
        }
        assertBudget(2085, "0.00", "0.00", "0.00", "0.00", "0.00");
    }

    /** Declines racing the lapse job over many grants: every answer is 200 or 409, and each grant lapses once. */
    @Test
    void declinesRacingTheLapseJobNeverFailAndEachGrantLapsesOnce() throws Exception {
        long call = scenario().call(2084, "50000000.00");
        List<Long> grants = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            grants.add(scenario().granted(call, "50000.00", "50000.00"));
        }
        int answerDays = Integer.parseInt(Api.json(api().get("api/v1/scheme/settings", "admin")).get("acceptanceDeadlineDays")
                .toString());
        java.util.concurrent.ConcurrentLinkedQueue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            api().send("POST", "api/v1/test-support/clock?days=" + (answerDays + 1), "admin", null);
            for (int round = 0; round < 2; round++) {
                List<Long> these = grants.subList(round * 4, round * 4 + 4);
                List<java.util.concurrent.Callable<Void>> acts = new java.util.ArrayList<>();
                for (long id : these) {
                    acts.add(() -> {
                        var declined = act("kommune.drammen", "api/v1/applications/" + id + "/decline", null);
                        if (declined.statusCode() != 200 && declined.statusCode() != 409) {
                            failures.add("decline " + id + ": " + declined.statusCode() + " " + declined.body());
                        }
                        return null;
                    });
                    acts.add(() -> {
                        var run = api().send("POST", "api/v1/test-support/jobs/acceptance-deadlines", "admin", null);
                        if (run.statusCode() != 200) {
                            failures.add("job: " + run.statusCode() + " " + run.body());
                        }
                        return null;
                    });
                }
                for (var done : pool.invokeAll(acts)) {
                    done.get();
                }
            }
        } finally {
            pool.shutdown();
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
        assertEquals(List.of(), List.copyOf(failures));
        for (long id : grants) {
            JsonObject application = Api.json(api().get("api/v1/applications/" + id, "ledelse"));
            assertEquals("LAPSED", application.getString("status"));
            assertEquals("100000.00", application.getJsonObject("grant").getString("freed"), "freed once");
        }
        assertBudget(2084, "0.00", "0.00", "0.00", "0.00", "0.00");
    }

    /** Payments go to the municipality's account in the register, kept by administrators (docs/payments.md). */
    @Test
    void theBankFilePaysTheRegistersAccountNeverTheOneTypedIntoTheApplication() throws Exception {
        String registered = "97104133219";
        long call = scenario().call(2061, "1000000.00");
        scenario().registerAccount("3301", registered);
        try {
            long id = scenario().accepted(call, "100000.00");
            JsonObject payment = reportAndVerify(id, 0, "saksbehandler1");
            String approve = "api/v1/payments/" + payment.getJsonNumber("id") + "/approve";
            var approved = act("godkjenner1", approve, null);
            assertEquals(200, approved.statusCode(), approved.body());
            var gathered = api().send("POST", "api/v1/payment-batches", "godkjenner1", null);
            assertEquals(201, gathered.statusCode(), gathered.body());
            HttpResponse<byte[]> file = api().download("api/v1/payment-batches/"
                    + Api.json(gathered).getJsonNumber("id") + "/pain001", "godkjenner1");
            assertEquals(200, file.statusCode());
            BankFiles.validatePain001(file.body());
            assertEquals(registered, BankFiles.creditorAccounts(file.body()).get("P" + payment.getJsonNumber("id")),
                    "the register's account is credited, not the application's 86011117947");

            JsonObject application = Api.json(api().get("api/v1/applications/" + id, "saksbehandler1"));
            assertEquals("86011117947", application.getString("bankAccount"), "what the applicant stated");
            assertEquals(registered, application.getString("registerBankAccount"), "what is paid");
            String page = WebSession.login(Deployments.onLoopback(base), "saksbehandler1")
                    .get("application.xhtml?id=" + id).body();
            assertTrue(page.contains("id=\"accountWarning\"") && page.contains("9710 41 33219"),
                    "the case handler is told the accounts differ and which is paid");
            assertTrue(api().getAbsolute(api().serverRoot().resolve("/openapi")).body().contains("registerBankAccount"),
                    "the API documents the register's account");
        } finally {
            scenario().registerAccount("3301", "86011117947");
        }
    }

    /**
     * Without an account in the register nothing can be approved; a batch whose municipality lost its account after
     * approval is not exported until an administrator enters one.
     */
    @Test
    void noPaymentIsApprovedOrExportedWhileTheMunicipalityHasNoAccountInTheRegister() throws Exception {
        long id = scenario().accepted(scenario().call(2062, "1000000.00"), "60000.00", "40000.00");
        JsonObject first = reportAndVerify(id, 0, "saksbehandler1");
        JsonObject second = reportAndVerify(id, 1, "saksbehandler1");
        assertEquals(200, act("godkjenner1", "api/v1/payments/" + first.getJsonNumber("id") + "/approve", null)
                .statusCode());
        var gathered = api().send("POST", "api/v1/payment-batches", "godkjenner1", null);
        assertEquals(201, gathered.statusCode(), gathered.body());
        String batch = "api/v1/payment-batches/" + Api.json(gathered).getJsonNumber("id");
        scenario().registerAccount("3301", null);
        try {
            var refused = api().send("POST", "api/v1/payments/" + second.getJsonNumber("id") + "/approve",
                    "godkjenner1", null, "Accept-Language", "en");
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(Api.json(refused).getString("detail").startsWith("Drammen has no bank account in the"
                    + " municipality register"), refused.body());
            JsonObject unchanged = grant(id).getJsonArray("payments").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getJsonNumber("id").equals(second.getJsonNumber("id"))).findFirst().orElseThrow();
            assertEquals("PROPOSED", unchanged.getString("status"), "nothing changed");
            assertEquals(0, Api.json(api().get("api/v1/events?entity=Payment&entityId=" + second.getJsonNumber("id"),
                    "ledelse")).getJsonNumber("total").longValue(), "nothing recorded");

            assertEquals(409, api().download(batch + "/pain001", "godkjenner1").statusCode(),
                    "the first payment's municipality lost its register account after the batch was gathered");
            assertEquals("CREATED", Api.json(api().get(batch, "godkjenner1")).getString("status"), "not sent");

            scenario().registerAccount("3301", "86011117947");
            HttpResponse<byte[]> file = api().download(batch + "/pain001", "godkjenner1");
            assertEquals(200, file.statusCode(), "exported once the register has the account again");
            assertEquals("86011117947", BankFiles.creditorAccounts(file.body()).get("P" + first.getJsonNumber("id")));
        } finally {
            scenario().registerAccount("3301", "86011117947");
        }
    }
}
