package no.gevinst.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The steps most container tests start from, made over the API as the users would: a call, an application, a grant. */
public final class Scenario {

    private final Api api;

    public Scenario(Api api) {
        this.api = api;
    }

    /** An open call of {@code budgetYear} with 20 % withheld and a 60/40 weighting of two criteria. */
    public long call(int budgetYear, String frame) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String json = """
                {"budgetYear": %d, "title": "Ramme %d", "opensOn": "%s", "closesOn": "%s", "frame": "%s",
                 "withheldPercent": 20, "maxCostSharePercent": 50, "categories": ["WELFARE_TECHNOLOGY"],
                 "criteria": [{"name": "Gevinster", "weight": 60}, {"name": "Gjennomførbarhet", "weight": 40}]}
                """.formatted(budgetYear, budgetYear, today.minusDays(5), today.plusDays(5), frame);
        var created = api.send("POST", "api/v1/calls", "admin", json);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getJsonNumber("id").longValue();
    }

    /**
     * The body of a complete application to {@code call}, ready to submit: NOK 90 000 in two milestones and one
     * benefit target; for tests where any municipality applies many times (the rush, the cluster's load).
     */
    public static String completeApplication(long call, String title) {
        return """
                {"callId": %d, "title": "%s", "category": "WELFARE_TECHNOLOGY", "summary": "S",
                 "serviceChange": "T", "contactName": "K", "contactEmail": "k@kommune.example",
                 "bankAccount": "86011117947", "eligibleCost": "200000.00", "ownContribution": "100000.00",
                 "requestedAmount": "90000.00", "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-06-01",
                 "milestones": [{"title": "Anskaffelse", "dueDate": "2027-03-01", "amount": "30000.00"},
                                {"title": "Innføring", "dueDate": "2027-05-01", "amount": "60000.00"}],
                 "benefitTargets": [{"indicator": "Timer", "kind": "TIME_SAVED_HOURS_PER_YEAR", "unit": "timer",
                   "baseline": 10, "baselineDate": "2025-01-15", "target": 4, "targetDate": "2028-01-01",
                   "owner": "Kommunalsjef"}]}
                """.formatted(call, title);
    }

    /**
     * Drammen's application to {@code call}, asking for the milestones' sum, submitted. A milestone written with a
     * trailing {@code *} ("40000.00*") is one the case handler makes a decision point when recommending.
     */
    public long submitted(long call, String... milestones) {
        String requested = Arrays.stream(milestones).map(Scenario::amount).map(java.math.BigDecimal::new)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString();
        return submittedWithEligibleCost(call,
                new java.math.BigDecimal(requested).multiply(java.math.BigDecimal.valueOf(2)).toPlainString(),
                milestones);
    }

    /** As {@link #submitted}, with this eligible cost (of which the call grants at most half). */
    public long submittedWithEligibleCost(long call, String eligible, String... milestones) {
        String plan = Arrays.stream(milestones).map(a ->
                "{\"title\": \"Del\", \"dueDate\": \"2027-06-01\", \"amount\": \"" + amount(a) + "\"}")
                .collect(Collectors.joining(", "));
        String requested = Arrays.stream(milestones).map(Scenario::amount).map(java.math.BigDecimal::new)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString();
        String json = """
                {"callId": %d, "title": "Til vurdering", "category": "WELFARE_TECHNOLOGY", "summary": "S",
                 "serviceChange": "T", "contactName": "K", "contactEmail": "k@drammen.example",
                 "bankAccount": "86011117947", "eligibleCost": "%s", "ownContribution": "%s",
                 "requestedAmount": "%s", "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-09-01",
                 "milestones": [%s],
                 "benefitTargets": [{"indicator": "I", "kind": "QUALITY", "unit": "prosent", "baseline": 10,
                   "baselineDate": "2025-01-15", "target": 50, "targetDate": "2028-01-01", "owner": "O"}]}
                """.formatted(call, eligible, requested, requested, plan);
        var created = api.send("POST", "api/v1/applications", "kommune.drammen", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        var submitted = api.send("POST", "api/v1/applications/" + id + "/submit", "kommune.drammen", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    /**
     * Drammen's application with these milestones, taken and recommended in full by saksbehandler1, approved by
     * godkjenner2 and accepted by Drammen: a grant ready for milestone reports.
     */
    public long accepted(long call, String... milestones) {
        long id = granted(call, milestones);
        var accepted = api.send("POST", "api/v1/applications/" + id + "/accept", "kommune.drammen", null);
        assertEquals(200, accepted.statusCode(), accepted.body());
        return id;
    }

    /**
     * Drammen's application with these milestones, taken and recommended in full by saksbehandler1 and approved by
     * godkjenner2: a grant waiting for Drammen's answer.
     */
    public long granted(long call, String... milestones) {
        if (registerAccount("3301") == null) {
            registerAccount("3301", "86011117947");
        }
        long id = submitted(call, milestones);
        grant(id, call, milestones);
        return id;
    }

    /**
     * Drammen's submitted application {@code id}, taken and recommended in full with these milestones by
     * saksbehandler1 and approved by godkjenner2.
     */
    public void grant(long id, long call, String... milestones) {
        recommend(id, call, milestones);
        var decided = api.send("POST", "api/v1/applications/" + id + "/decide", "godkjenner2", "{\"approve\": true}");
        assertEquals(200, decided.statusCode(), decided.body());
    }

    /**
     * Drammen's submitted application {@code id}, taken and recommended in full with these milestones by
     * saksbehandler1: waiting for an approver's decision.
     */
    public void recommend(long id, long call, String... milestones) {
        recommendAs("saksbehandler1", id, call, milestones);
    }

    /** As {@link #recommend}, by {@code caseHandler} (an approver may also assess, never decide what they assessed). */
    public void recommendAs(String caseHandler, long id, long call, String... milestones) {
        String path = "api/v1/applications/" + id;
        assertEquals(200, api.send("POST", path + "/take", caseHandler, "{\"impartial\": true}").statusCode());
        List<JsonObject> criteria = Api.json(api.get("api/v1/calls/" + call, caseHandler)).getJsonArray("criteria")
                .getValuesAs(JsonObject.class);
        String scores = criteria.stream().map(c -> "{\"criterion\": " + c.getJsonNumber("id") + ", \"score\": 5}")
                .collect(Collectors.joining(", "));
        String plan = Arrays.stream(milestones).map(a ->
                "{\"title\": \"Milepæl\", \"dueDate\": \"2027-06-01\", \"amount\": \"" + amount(a) + "\""
                        + (a.endsWith("*") ? ", \"decisionPoint\": true}" : "}"))
                .collect(Collectors.joining(", "));
        String amount = Arrays.stream(milestones).map(Scenario::amount).map(java.math.BigDecimal::new)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString();
        var recommended = api.send("POST", path + "/recommend", caseHandler, """
                {"outcome": "GRANT", "amount": "%s", "milestones": [%s], "scores": [%s], "justification": "God"}
                """.formatted(amount, plan, scores));
        assertEquals(200, recommended.statusCode(), recommended.body());
    }

    private static String amount(String milestone) {
        return milestone.replace("*", "");
    }

    /** The municipality's account in the register, which its payments go to; null if it has none. */
    public String registerAccount(String municipality) {
        JsonObject found = Api.json(api.get("api/v1/municipalities/" + municipality, "admin"));
        return found.isNull("bankAccount") ? null : found.getString("bankAccount");
    }

    /** The administrator sets (or with null removes) the municipality's account in the register, keeping the rest. */
    public void registerAccount(String municipality, String account) {
        String path = "api/v1/municipalities/" + municipality;
        var current = api.get(path, "admin");
        JsonObject found = Api.json(current);
        var body = jakarta.json.Json.createObjectBuilder().add("languageForm", found.getString("languageForm"));
        if (!found.isNull("contactEmail")) {
            body.add("contactEmail", found.getString("contactEmail"));
        }
        if (account != null) {
            body.add("bankAccount", account);
        }
        var changed = api.send("PUT", path, "admin", body.build().toString(), "If-Match",
                current.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), changed.body());
    }

    /**
     * The administrator sets the municipality's language form (BOKMAAL, NYNORSK, NEUTRAL), keeping the rest; returns
     * the one it had.
     */
    public String languageForm(String municipality, String languageForm) {
        String path = "api/v1/municipalities/" + municipality;
        var current = api.get(path, "admin");
        JsonObject found = Api.json(current);
        var body = jakarta.json.Json.createObjectBuilder().add("languageForm", languageForm);
        if (!found.isNull("contactEmail")) {
            body.add("contactEmail", found.getString("contactEmail"));
        }
        if (!found.isNull("bankAccount")) {
            body.add("bankAccount", found.getString("bankAccount"));
        }
        var changed = api.send("PUT", path, "admin", body.build().toString(), "If-Match",
                current.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), changed.body());
        return found.getString("languageForm");
    }

    /**
     * The kinds of the notifications {@code user} got about application {@code id}, oldest first, read from the
     * database: the inbox lists only the newest hundred, by the server's clock, which some test classes move.
     */
    public List<String> notifications(String user, long id) {
        var rows = api.send("POST", "api/v1/test-support/sql/query", "admin", "select kind from notification"
                + " where username = '" + user + "' and application_id = " + id + " order by id",
                "Content-Type", "text/plain");
        assertEquals(200, rows.statusCode(), rows.body());
        return rows.body().isEmpty() ? List.of() : List.of(rows.body().split("\n"));
    }

    /** The kinds of the events of application {@code id} in the audit trail, newest first (at most 100). */
    public List<String> events(long id) {
        return Api.json(api.get("api/v1/events?entity=Application&entityId=" + id + "&size=100", "ledelse"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
    }

    /** The smallest file the attachment check takes as a PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Reports milestone {@code index} of an accepted grant as Drammen, with its evidence, and verifies it as
     * {@code verifier}; returns the payment that proposes.
     */
    public JsonObject reportAndVerify(long id, int index, String verifier) {
        long milestoneId = Api.json(api.get("api/v1/applications/" + id, "ledelse")).getJsonObject("grant")
                .getJsonArray("milestones").getValuesAs(JsonObject.class).get(index).getJsonNumber("id").longValue();
        String milestone = "api/v1/applications/" + id + "/milestones/" + milestoneId;
        var evidence = api.upload("api/v1/applications/" + id + "/attachments", "kommune.drammen", "leveranse.pdf",
                "application/pdf", PDF, java.util.Map.of("milestone", String.valueOf(milestoneId)));
        assertEquals(201, evidence.statusCode(), evidence.body());
        assertEquals("MILESTONE", Api.json(evidence).getString("purpose"));
        var reported = api.send("POST", milestone + "/report", "kommune.drammen", "{\"completedOn\": \""
                + LocalDate.now(ZoneId.of("Europe/Oslo")) + "\", \"description\": \"Levert som avtalt\"}");
        assertEquals(200, reported.statusCode(), reported.body());
        var verified = api.send("POST", milestone + "/verify", verifier, null);
        assertEquals(200, verified.statusCode(), verified.body());
        List<JsonObject> payments = Api.json(verified).getJsonObject("grant").getJsonArray("payments")
                .getValuesAs(JsonObject.class);
        return payments.getLast();
    }
}
