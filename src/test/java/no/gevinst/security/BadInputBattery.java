package no.gevinst.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.Scenario;

/**
 * Sends bad input to every route of the REST API of a running Gevinst and checks, from outside only, that each is
 * refused with a 4xx {@code application/problem+json} answer and that nothing was stored: the audit trail, the
 * applications each kind of user sees, the battery's own applications (attachments included), the budget year and
 * the payments read the same before and after every attempt.
 *
 * <p>Needs only the demo users (password {@code gevinst-demo}) and the public API, so it runs against any Gevinst:
 * {@code BadInputBattery.run(new URL("http://host:8080/gevinst/"))} returns what it tried and what failed, and
 * {@link #assertAllRefused(URL)} fails with every failure listed.
 */
public final class BadInputBattery {

    /** The largest upload the application takes, as {@code PdfInspection.MAX_BYTES} says; repeated here because the
     * battery runs black-box, perhaps against a build it was not compiled with. */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static final String MUNICIPALITY = "kommune.drammen";
    private static final String CASE_HANDLER = "saksbehandler1";
    private static final String APPROVER = "godkjenner1";
    private static final String MANAGEMENT = "ledelse";
    private static final String ADMIN = "admin";
    private static final long UNKNOWN_ID = 987_654_321L;

    /** What the battery tried and, for each attempt that was not refused cleanly, why. */
    public record Outcome(int attempts, List<String> failures, Map<String, Integer> attemptsByRoute) {

        public String summary() {
            return attempts + " bad inputs on " + attemptsByRoute.size() + " routes, " + failures.size() + " failed"
                    + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures));
        }
    }

    private final Api api;
    private final Scenario scenario;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> attemptsByRoute = new LinkedHashMap<>();
    private int attempts;

    private long call;
    private int budgetYear;
    private long draft;
    private long submitted;
    private long inAssessment;
    private long recommended;
    private long grant;
    private long grantMilestone;
    private long inOperation;
    private long benefitTarget;
    private long proposedPayment;

    private BadInputBattery(URL base) {
        this.api = new Api(base);
        this.scenario = new Scenario(api);
    }

    /** Tries every bad input against the Gevinst at {@code base} (its context root, e.g. {@code .../gevinst/}). */
    public static Outcome run(URL base) {
        BadInputBattery battery = new BadInputBattery(base);
        battery.prepare();
        battery.paths();
        battery.queries();
        battery.applications();
        battery.attachments();
        battery.casework();
        battery.grants();
        battery.payments();
        battery.administration();
        return new Outcome(battery.attempts, List.copyOf(battery.failures), Map.copyOf(battery.attemptsByRoute));
    }

    /** Runs the battery and fails with every attempt that was answered otherwise than with a clean refusal. */
    public static Outcome assertAllRefused(URL base) {
        Outcome outcome = run(base);
        if (!outcome.failures().isEmpty()) {
            throw new AssertionError(outcome.summary());
        }
        return outcome;
    }

    // ---------------------------------------------------------------- the applications bad input is tried on

    /**
     * A call of its own (a budget year far ahead, so no other test's figures move) and an application in each state
     * a route needs, all made through the API as the users would.
     */
    private void prepare() {
        budgetYear = 2067;
        call = scenario.call(budgetYear, "1000000000.00");
        draft = created(validApplication().build());
        require(api.upload(applicationPath(draft) + "/attachments", MUNICIPALITY, "plan.pdf", "application/pdf", PDF),
                201);
        submitted = scenario.submitted(call, "100000.00");
        inAssessment = scenario.submitted(call, "100000.00");
        require(api.send("POST", applicationPath(inAssessment) + "/take", CASE_HANDLER, "{\"impartial\": true}"), 200);
        recommended = scenario.submitted(call, "100000.00");
        require(api.send("POST", applicationPath(recommended) + "/take", CASE_HANDLER, "{\"impartial\": true}"), 200);
        require(api.send("POST", applicationPath(recommended) + "/recommend", CASE_HANDLER,
                recommendation("100000.00", "100000.00").build().toString()), 200);
        grant = scenario.accepted(call, "60000.00", "40000.00");
        grantMilestone = milestones(grant).get(0).getJsonNumber("id").longValue();
        // With its evidence in, a milestone report is refused only for the value the battery makes wrong.
        require(api.upload(applicationPath(grant) + "/attachments", MUNICIPALITY, "leveranse.pdf", "application/pdf",
                PDF, Map.of("milestone", String.valueOf(grantMilestone))), 201);
        inOperation = scenario.accepted(call, "60000.00", "40000.00");
        proposedPayment = scenario.reportAndVerify(inOperation, 0, CASE_HANDLER).getJsonNumber("id").longValue();
        benefitTarget = application(inOperation, MANAGEMENT).getJsonArray("benefitTargets").getJsonObject(0)
                .getJsonNumber("id").longValue();
        require(api.send("POST", applicationPath(inOperation) + "/operation/report", MUNICIPALITY,
                "{\"inOperationSince\": \"" + today() + "\", \"description\": \"I drift\"}"), 200);
    }

    private JsonObjectBuilder validApplication() {
        return Json.createObjectBuilder()
                .add("callId", call).add("title", "Trygghetsteknologi").add("category", "WELFARE_TECHNOLOGY")
                .add("summary", "S").add("serviceChange", "T").add("contactName", "K")
                .add("contactEmail", "k@drammen.example").add("contactPhone", "+47 32 04 00 00")
                .add("bankAccount", "86011117947").add("eligibleCost", "200000.00").add("ownContribution", "100000.00")
                .add("requestedAmount", "100000.00").add("plannedStartDate", "2047-01-01")
                .add("plannedOperationDate", "2047-09-01")
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "M")
                        .add("dueDate", "2047-06-01").add("amount", "100000.00")))
                .add("benefitTargets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "I")
                        .add("kind", "QUALITY").add("unit", "prosent").add("baseline", 10)
                        .add("baselineDate", "2046-01-15").add("target", 50).add("targetDate", "2048-01-01")
                        .add("owner", "O")));
    }

    private JsonObjectBuilder recommendation(String amount, String milestoneAmount) {
        JsonArray criteria = api(api.get("api/v1/calls/" + call, CASE_HANDLER)).getJsonArray("criteria");
        var scores = Json.createArrayBuilder();
        criteria.getValuesAs(JsonObject.class).forEach(c -> scores.add(Json.createObjectBuilder()
                .add("criterion", c.getJsonNumber("id")).add("score", 5)));
        return Json.createObjectBuilder().add("outcome", "GRANT").add("amount", amount)
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Milepæl")
                        .add("dueDate", "2047-06-01").add("amount", milestoneAmount)))
                .add("scores", scores).add("justification", "God");
    }

    // ---------------------------------------------------------------- the cases

    /** Non-numeric, out-of-range and unknown ids in every path that takes one. */
    private void paths() {
        String[] badIds = {"abc", "1.5", "-1", "99999999999999999999", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", String.valueOf(UNKNOWN_ID)};
        for (String id : badIds) {
            String app = "api/v1/applications/" + id;
            get(MUNICIPALITY, app);
            get(CASE_HANDLER, app);
            send(MUNICIPALITY, "PUT", app, validApplication().build().toString(), "If-Match", "\"0\"");
            post(MUNICIPALITY, app + "/submit", null);
            post(MUNICIPALITY, app + "/withdraw", null);
            post(MUNICIPALITY, app + "/accept", null);
            post(MUNICIPALITY, app + "/decline", null);
            get(MUNICIPALITY, app + "/letter");
            post(CASE_HANDLER, app + "/take", "{\"impartial\": true}");
            post(CASE_HANDLER, app + "/return", "{\"reason\": \"R\"}");
            post(CASE_HANDLER, app + "/recommend", recommendation("100000.00", "100000.00").build().toString());
            post(APPROVER, app + "/decide", "{\"approve\": true}");
            post(APPROVER, app + "/cancel", "{\"reason\": \"R\"}");
            post(CASE_HANDLER, app + "/close", null);
            post(MUNICIPALITY, app + "/operation/report", "{\"inOperationSince\": \"" + today() + "\"}");
            post(CASE_HANDLER, app + "/operation/confirm", null);
            upload(MUNICIPALITY, app + "/attachments", "plan.pdf", "application/pdf", PDF, Map.of());
            // an unknown or unreadable id of a part of a real application
            String grantPath = applicationPath(grant);
            post(MUNICIPALITY, grantPath + "/milestones/" + id + "/report",
                    "{\"completedOn\": \"" + today() + "\", \"description\": \"D\"}");
            post(CASE_HANDLER, grantPath + "/milestones/" + id + "/verify", null);
            post(CASE_HANDLER, grantPath + "/milestones/" + id + "/send-back", "{\"reason\": \"R\"}");
            post(MUNICIPALITY, applicationPath(inOperation) + "/benefits/" + id + "/measurements",
                    "{\"measuredOn\": \"" + today() + "\", \"value\": 20}");
            get(MUNICIPALITY, applicationPath(draft) + "/attachments/" + id);
            send(MUNICIPALITY, "DELETE", applicationPath(draft) + "/attachments/" + id, null);
            post(APPROVER, "api/v1/payments/" + id + "/approve", null);
            post(APPROVER, "api/v1/payments/" + id + "/reject", "{\"reason\": \"R\"}");
            get(APPROVER, "api/v1/payment-batches/" + id);
            get(APPROVER, "api/v1/payment-batches/" + id + "/pain001");
            get(MUNICIPALITY, "api/v1/calls/" + id);
            get(CASE_HANDLER, "api/v1/calls/" + id + "/ranking");
            send(ADMIN, "PUT", "api/v1/calls/" + id, "{}", "If-Match", "\"0\"");
            post(MUNICIPALITY, "api/v1/notifications/" + id + "/read", null);
            get(ADMIN, "api/v1/users/" + id);
            get(MANAGEMENT, "api/v1/budget/" + id);
        }
        for (String number : new String[] {"abc", "9999", "33011", "%2e%2e"}) {
            get(MUNICIPALITY, "api/v1/municipalities/" + number);
            send(ADMIN, "PUT", "api/v1/municipalities/" + number, "{\"bankAccount\": \"86011117947\"}",
                    "If-Match", "\"0\"");
        }
        for (String year : new String[] {"0", "1", "12345"}) {
            get(MANAGEMENT, "api/v1/budget/" + year);
        }
        for (String report : new String[] {"nonexistent", "..%2F..%2Fetc%2Fpasswd", "portfolio.json"}) {
            get(MANAGEMENT, "api/v1/reports/" + report);
        }
    }

    /** Unknown codes and unreadable values in the filters and paging of the lists. */
    private void queries() {
        String[] applicationFilters = {"status=GRANTED_TWICE", "status=draft%27--", "category=TELEPORTATION",
                "sort=title%3Bdrop%20table%20application", "sort=password", "page=-1", "size=0", "size=501",
                "size=abc", "page=99999999999", "callId=abc", "budgetYear=twenty", "municipality[]=1"};
        for (String filter : applicationFilters) {
            if (!filter.startsWith("municipality[")) {
                get(MUNICIPALITY, "api/v1/applications?" + filter);
            }
        }
        for (String filter : new String[] {"status=PAID_TWICE", "budgetYear=abc", "size=0", "page=-1"}) {
            get(MANAGEMENT, "api/v1/payments?" + filter);
        }
        for (String filter : new String[] {"from=2024-13-01", "from=yesterday", "to=2024-02-30", "to=1e9",
                "from=2024-01-01T25:00:00%2B01:00", "page=-1", "size=501"}) {
            get(MANAGEMENT, "api/v1/events?" + filter);
        }
        for (String filter : new String[] {"status=FOO", "category=FOO", "budgetYear=abc", "callId=x", "county=abc",
                "county=1234"}) {
            get(MANAGEMENT, "api/v1/reports/portfolio?" + filter);
        }
        get(MUNICIPALITY, "api/v1/calls?size=0");
        get(MUNICIPALITY, "api/v1/municipalities?size=100000");
        get(ADMIN, "api/v1/users?role=EMPEROR");
    }

    /** Creating and changing an application: unreadable JSON and every kind of wrong value. */
    private void applications() {
        List<String> bodies = new ArrayList<>(unreadableBodies());
        badApplications().forEach(json -> bodies.add(json.toString()));
        for (String body : bodies) {
            post(MUNICIPALITY, "api/v1/applications", body);
            if (body.contains("\"callId\":") && !body.contains("\"callId\":" + call + ",")) {
                continue; // a change names no call: the application stays in the call it was made for
            }
            long version = application(draft, MUNICIPALITY).getJsonNumber("version").longValue();
            send(MUNICIPALITY, "PUT", applicationPath(draft), body, "If-Match", "\"" + version + "\"");
        }
        post(MUNICIPALITY, "api/v1/applications", "title=x&callId=1", "Content-Type",
                "application/x-www-form-urlencoded");
        post(MUNICIPALITY, "api/v1/applications", "<application/>", "Content-Type", "application/xml");
        send(MUNICIPALITY, "PUT", applicationPath(draft), validApplication().build().toString());
        send(MUNICIPALITY, "PUT", applicationPath(draft), validApplication().build().toString(), "If-Match", "abc");
        post(MUNICIPALITY, applicationPath(draft) + "/submit", null, "If-Match", "\"not-a-version\"");
        post(MUNICIPALITY, applicationPath(draft) + "/withdraw", null, "If-Match", "\"-7\"");
    }

    /** JSON that cannot be read as the request at all. */
    private static List<String> unreadableBodies() {
        return List.of("{\"title\": \"x\",", "not json", "[1, 2, 3]", "\"a string\"", "{\"title\": \"x\"}}",
                "{\"title\": \"\\ud800\"", "{" + "\"a\":[".repeat(5000) + "]".repeat(5000) + "}",
                "{\"title\": \"" + "x".repeat(3_000_000) + "\"}");
    }

    /** A valid application with one field changed to something wrong, for each field and each kind of wrong. */
    private List<JsonObject> badApplications() {
        List<JsonObject> bad = new ArrayList<>();
        Map<String, List<JsonValue>> wrong = new LinkedHashMap<>();
        wrong.put("callId", List.of(text("abc"), Json.createObjectBuilder().build(), number(UNKNOWN_ID),
                number(-1)));
        wrong.put("title", List.of(text("x".repeat(301)), Json.createArrayBuilder().add("x").build()));
        wrong.put("category", List.of(text("TELEPORTATION"), text("welfare_technology"), number(1)));
        wrong.put("summary", List.of(text("x".repeat(4001))));
        wrong.put("serviceChange", List.of(text("x".repeat(8001))));
        wrong.put("contactName", List.of(text("x".repeat(201))));
        wrong.put("contactEmail", List.of(text("not-an-email"), text("x".repeat(250) + "@drammen.example")));
        wrong.put("contactPhone", List.of(text("ring meg"), text("1".repeat(50))));
        wrong.put("bankAccount", List.of(text("86011117948"), text("8601111794"), text("860111179470"),
                text("abcdefghijk")));
        wrong.put("partnerMunicipalities", List.of(text("4620"), Json.createArrayBuilder().add("9999").build(),
                Json.createArrayBuilder().add("3301").build(), Json.createArrayBuilder().add("4620").add("4620").build(),
                Json.createObjectBuilder().add("number", "4620").build()));
        for (String amount : new String[] {"eligibleCost", "ownContribution", "requestedAmount"}) {
            wrong.put(amount, List.of(text("-1"), text("-0.01"), text("1e20"), text("1e999999999"),
                    text("100000000000000.00"), text("12.345"), text("abc"), text("1,5"), text("NaN"),
                    Json.createObjectBuilder().add("amount", "1").build()));
        }
        wrong.put("plannedStartDate", List.of(text("2047-13-45"), text("01.02.2047"), number(20470101),
                text("2047-02-30")));
        wrong.put("plannedOperationDate", List.of(text("2046-01-01"), text("tomorrow")));
        wrong.put("milestones", List.of(text("M"), Json.createObjectBuilder().add("title", "M").build(),
                manyMilestones(21)));
        wrong.put("benefitTargets", List.of(text("I"), Json.createObjectBuilder().build()));
        wrong.forEach((field, values) -> values.forEach(value -> bad.add(with(validApplication().build(), field,
                value))));

        Map<String, List<JsonValue>> milestone = Map.of(
                "title", List.of(text("x".repeat(301))),
                "dueDate", List.of(text("2047-00-10"), text("2046-06-01")),
                "amount", List.of(text("-1"), text("1e20"), text("12.345"), text("abc"), Json.createArrayBuilder()
                        .add("1.00").build()));
        milestone.forEach((field, values) -> values.forEach(value -> bad.add(withInFirst(validApplication().build(),
                "milestones", field, value))));
        Map<String, List<JsonValue>> target = Map.of(
                "indicator", List.of(text("x".repeat(301))),
                "kind", List.of(text("MAGIC"), text("quality")),
                "unit", List.of(text("x".repeat(61))),
                "owner", List.of(text("x".repeat(201))),
                "baseline", List.of(text("ti"), number("1e20"), number("0.123456"), number("1e-999999999")),
                "target", List.of(text("femti"), number("1e999999999"), number("10")),
                "baselineDate", List.of(text("2046-02-30")),
                "targetDate", List.of(text("2045-01-01"), text("never")));
        target.forEach((field, values) -> values.forEach(value -> bad.add(withInFirst(validApplication().build(),
                "benefitTargets", field, value))));
        return bad;
    }

    private static JsonValue manyMilestones(int count) {
        var list = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            list.add(Json.createObjectBuilder().add("title", "M" + i).add("dueDate", "2047-06-01").add("amount", "1.00"));
        }
        return list.build();
    }

    /** Uploads with dangerous names, too much, or something else than a PDF. */
    private void attachments() {
        String path = applicationPath(draft) + "/attachments";
        for (String name : new String[] {"../../etc/passwd.pdf", "..\\\\..\\\\windows\\\\win.ini.pdf",
                "/etc/passwd.pdf", "plan.pdf/../../../../etc/passwd.pdf", "..", "%2e%2e%2fplan.pdf"}) {
            upload(MUNICIPALITY, path, name, "application/pdf", PDF, Map.of());
        }
        byte[] tooLarge = new byte[MAX_UPLOAD_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        System.arraycopy(PDF, 0, tooLarge, 0, 9);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, tooLarge, tooLarge.length - end.length, end.length);
        upload(MUNICIPALITY, path, "stor.pdf", "application/pdf", tooLarge, Map.of());
        upload(MUNICIPALITY, path, "program.pdf", "application/pdf",
                "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), Map.of());
        upload(MUNICIPALITY, path, "side.pdf", "application/pdf",
                "<html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8), Map.of());
        upload(MUNICIPALITY, path, "tom.pdf", "application/pdf", new byte[0], Map.of());
        upload(MUNICIPALITY, path, "avkortet.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII), Map.of());
        upload(MUNICIPALITY, path, "plan.exe", "application/octet-stream",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), Map.of());
        upload(MUNICIPALITY, path, "plan.pdf", "application/pdf", PDF, Map.of("milestone", "abc"));
        upload(MUNICIPALITY, applicationPath(grant) + "/attachments", "bevis.pdf", "application/pdf", PDF,
                Map.of("milestone", "abc"));
        upload(MUNICIPALITY, applicationPath(grant) + "/attachments", "bevis.pdf", "application/pdf", PDF,
                Map.of("milestone", String.valueOf(UNKNOWN_ID)));
        upload(MUNICIPALITY, applicationPath(grant) + "/attachments", "../../etc/passwd.pdf", "application/pdf", PDF,
                Map.of("milestone", String.valueOf(grantMilestone)));
        post(MUNICIPALITY, path, "{\"file\": \"JVBERi0=\"}");
        attempt(MUNICIPALITY, "POST", path + " (no body, no Content-Type)",
                () -> api.sendBare("POST", path, MUNICIPALITY));
        post(MUNICIPALITY, path, "", "Content-Type", "multipart/form-data; boundary=x");
        post(MUNICIPALITY, path, "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhei\r\n--x--\r\n",
                "Content-Type", "multipart/form-data; boundary=x");
    }

    /** Taking, returning, recommending and deciding with wrong values. */
    private void casework() {
        // Not {"impartial": false}: that declares a conflict of interest, which is recorded for good (DecisionsIT).
        for (String body : new String[] {"{\"impartial\": \"yes\"}", "{\"impartial\": []}", "{\"impartial\": 1}",
                "{\"impartial\": null}", "{}", "[true]", "{\"impartial\": tru"}) {
            post(CASE_HANDLER, applicationPath(submitted) + "/take", body);
        }
        for (String body : new String[] {"{}", "{\"reason\": \"   \"}", "{\"reason\": \"" + "x".repeat(2001) + "\"}",
                "{\"reason\": {\"text\": \"R\"}}", "{\"reason\": [\"R\"]}", "{\"reason\": \"R\""}) {
            post(CASE_HANDLER, applicationPath(inAssessment) + "/return", body);
        }
        List<String> recommendations = new ArrayList<>(unreadableBodies().subList(0, 5));
        JsonObject valid = recommendation("100000.00", "100000.00").build();
        for (JsonValue outcome : List.of(text("MAYBE"), text("grant"), number(1))) {
            recommendations.add(with(valid, "outcome", outcome).toString());
        }
        for (String amount : new String[] {"-1", "0.00", "1e20", "1e999999999", "12.345", "abc", "100000000000000.00"}) {
            recommendations.add(with(with(valid, "amount", text(amount)), "milestones",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "M").add("dueDate",
                            "2047-06-01").add("amount", amount)).build()).toString());
        }
        recommendations.add(with(valid, "amount", Json.createObjectBuilder().build()).toString());
        recommendations.add(with(valid, "amount", text("100000.01")).toString());
        recommendations.add(with(valid, "milestones", Json.createObjectBuilder().build()).toString());
        recommendations.add(withInFirst(valid, "milestones", "amount", text("90000.00")).toString());
        recommendations.add(withInFirst(valid, "milestones", "title", text("x".repeat(301))).toString());
        recommendations.add(withInFirst(valid, "milestones", "title", text("")).toString());
        recommendations.add(withInFirst(valid, "milestones", "dueDate", text("2047-02-30")).toString());
        recommendations.add(withInFirst(valid, "scores", "criterion", number(UNKNOWN_ID)).toString());
        recommendations.add(withInFirst(valid, "scores", "criterion", text("benefits")).toString());
        recommendations.add(withInFirst(valid, "scores", "score", number(99)).toString());
        recommendations.add(withInFirst(valid, "scores", "score", number(-1)).toString());
        recommendations.add(withInFirst(valid, "scores", "score", text("five")).toString());
        recommendations.add(withInFirst(valid, "scores", "score", number("1e20")).toString());
        recommendations.add(withInFirst(valid, "scores", "comment", text("x".repeat(2001))).toString());
        recommendations.add(with(valid, "scores", text("all fives")).toString());
        recommendations.add(with(valid, "justification", text("x".repeat(4001))).toString());
        recommendations.add(with(valid, "justification", text(" ")).toString());
        recommendations.forEach(body -> post(CASE_HANDLER, applicationPath(inAssessment) + "/recommend", body));

        for (String body : new String[] {"{}", "{\"approve\": \"ja\"}", "{\"approve\": {}}", "{\"approve\": null}",
                "{\"approve\": true, \"comment\": \"" + "x".repeat(2001) + "\"}",
                "{\"approve\": false, \"comment\": \"" + "x".repeat(2001) + "\"}",
                "{\"approve\": true, \"comment\": [1]}", "{\"approve\": true"}) {
            post(APPROVER, applicationPath(recommended) + "/decide", body);
        }
    }

    /** Reports on a running grant, its operation and its benefits with wrong values. */
    private void grants() {
        String milestone = applicationPath(grant) + "/milestones/" + grantMilestone;
        for (String body : new String[] {"{}", "{\"completedOn\": \"2047-02-30\", \"description\": \"D\"}",
                "{\"completedOn\": \"i går\", \"description\": \"D\"}",
                "{\"completedOn\": \"" + today() + "\", \"description\": \"" + "x".repeat(4001) + "\"}",
                "{\"completedOn\": \"" + today() + "\", \"description\": {\"a\": 1}}",
                "{\"completedOn\": \"" + today().plusYears(5) + "\", \"description\": \"D\"}",
                "{\"completedOn\": 20240101, \"description\": \"D\"}", "{\"completedOn\": "}) {
            post(MUNICIPALITY, milestone + "/report", body);
        }
        for (String body : new String[] {"{\"reason\": \"" + "x".repeat(2001) + "\"}", "{}", "{\"reason\": 5}"}) {
            post(CASE_HANDLER, milestone + "/send-back", body);
        }
        for (String body : new String[] {"{}", "{\"inOperationSince\": \"2047-02-30\"}",
                "{\"inOperationSince\": \"" + today().plusYears(3) + "\", \"description\": \"D\"}",
                "{\"inOperationSince\": \"" + today() + "\", \"description\": \"" + "x".repeat(4001) + "\"}",
                "{\"inOperationSince\": \"" + today() + "\", \"measurements\": {\"a\": 1}}",
                "{\"inOperationSince\": \"" + today() + "\", \"measurements\": [{\"benefitTargetId\": \"x\"}]}",
                "{\"inOperationSince\": \"" + today() + "\", \"measurements\": [{\"benefitTargetId\": " + UNKNOWN_ID
                        + ", \"measuredOn\": \"" + today() + "\", \"value\": 20}]}",
                "{\"inOperationSince\": \"" + today() + "\", \"measurements\": [null]}",
                "{\"inOperationSince\": \"" + today() + "\""}) {
            post(MUNICIPALITY, applicationPath(grant) + "/operation/report", body);
        }
        for (String body : new String[] {"{}", "{\"reason\": \"" + "x".repeat(2001) + "\"}", "{\"reason\": []}",
                "{\"reason\": \" \"}"}) {
            post(APPROVER, applicationPath(grant) + "/cancel", body);
        }
        String measurements = applicationPath(inOperation) + "/benefits/" + benefitTarget + "/measurements";
        String on = "\"measuredOn\": \"" + today() + "\"";
        for (String body : new String[] {"{}", "{" + on + "}", "{" + on + ", \"value\": \"tjue\"}",
                "{" + on + ", \"value\": 1e20}", "{" + on + ", \"value\": 1e999999999}",
                "{" + on + ", \"value\": 0.123456789}", "{" + on + ", \"value\": -1e-999999999}",
                "{\"measuredOn\": \"2047-02-30\", \"value\": 20}", "{\"measuredOn\": \"igår\", \"value\": 20}",
                "{\"measuredOn\": \"" + today().plusYears(2) + "\", \"value\": 20}",
                "{" + on + ", \"value\": 20, \"comment\": \"" + "x".repeat(2001) + "\"}",
                "{" + on + ", \"notMeasuredReason\": \"" + "x".repeat(2001) + "\"}",
                "{" + on + ", \"value\": 20, \"notMeasuredReason\": \"Begge\"}",
                "{" + on + ", \"value\": 20, \"replaces\": " + UNKNOWN_ID + "}",
                "{" + on + ", \"value\": 20, \"replaces\": \"x\"}", "{" + on + ", \"value\": [20]}",
                "{" + on + ", \"value\": 20"}) {
            post(MUNICIPALITY, measurements, body);
        }
    }

    private void payments() {
        String reject = "api/v1/payments/" + proposedPayment + "/reject";
        for (String body : new String[] {"{}", "{\"reason\": \"\"}", "{\"reason\": \"" + "x".repeat(2001) + "\"}",
                "{\"reason\": {}}", "not json"}) {
            post(APPROVER, reject, body);
        }
        post(APPROVER, "api/v1/payments/" + proposedPayment + "/approve", "{\"approve\": \"yes\"}", "Content-Type",
                "text/plain");
    }

    /** What administrators send: calls, municipalities' bank accounts and the register file. */
    private void administration() {
        JsonObject validCall = Json.createObjectBuilder().add("budgetYear", budgetYear).add("title", "Ny")
                .add("opensOn", today().toString()).add("closesOn", today().plusDays(30).toString())
                .add("frame", "1000000.00").add("withheldPercent", 20).add("maxCostSharePercent", 50)
                .add("categories", Json.createArrayBuilder().add("WELFARE_TECHNOLOGY"))
                .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "G")
                        .add("weight", 100))).build();
        List<String> calls = new ArrayList<>(unreadableBodies().subList(0, 5));
        Map<String, List<JsonValue>> wrong = new LinkedHashMap<>();
        wrong.put("budgetYear", List.of(text("abc"), number(-1), number(99999), number("1e20")));
        wrong.put("title", List.of(text("x".repeat(301)), text("")));
        wrong.put("opensOn", List.of(text("2047-13-01")));
        wrong.put("closesOn", List.of(text(today().minusDays(30).toString())));
        wrong.put("frame", List.of(text("-1"), text("1e20"), text("1e999999999"), text("12.345"), text("abc"),
                text("100000000000000.00")));
        wrong.put("withheldPercent", List.of(number(150), number(-5), number("1e20"), text("tjue")));
        wrong.put("maxCostSharePercent", List.of(number(101), number(0), number("1e999999999")));
        wrong.put("reportingPeriodYears", List.of(number(-1), number(1000), number("1e20")));
        wrong.put("budgetChapterPost", List.of(text("x".repeat(101))));
        wrong.put("categories", List.of(Json.createArrayBuilder().add("TELEPORTATION").build(), text("ALL")));
        wrong.put("criteria", List.of(text("G"), Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", "x".repeat(201)).add("weight", 100)).build(), Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "G").add("weight", "hundre")).build(),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "G").add("weight", -100)).build()));
        wrong.forEach((field, values) -> values.forEach(value -> calls.add(with(validCall, field, value).toString())));
        for (String body : calls) {
            post(ADMIN, "api/v1/calls", body);
            long version = api(api.get("api/v1/calls/" + call, ADMIN)).getJsonNumber("version").longValue();
            send(ADMIN, "PUT", "api/v1/calls/" + call, body, "If-Match", "\"" + version + "\"");
        }

        String drammen = "api/v1/municipalities/3301";
        for (String body : new String[] {"{\"bankAccount\": \"86011117948\"}", "{\"bankAccount\": \"1234\"}",
                "{\"contactEmail\": \"ikke en adresse\"}", "{\"languageForm\": \"KLINGON\"}",
                "{\"contactEmail\": \"" + "x".repeat(300) + "@drammen.example\"}", "{\"bankAccount\": 86011117947}",
                "not json"}) {
            long version = api(api.get(drammen, ADMIN)).getJsonNumber("version").longValue();
            send(ADMIN, "PUT", drammen, body, "If-Match", "\"" + version + "\"");
        }
        String register = "kommunenummer,kommunenavn,fylkesnummer,fylkesnavn,organisasjonsnummer,malform\n"
                + "3301,Drammen,33,Buskerud,123456789,Bokmål\n";
        post(ADMIN, "api/v1/municipalities/register?dryRun=true", register, "Content-Type", "text/csv");
        post(ADMIN, "api/v1/municipalities/register?dryRun=false&validFrom=2047-13-01", register, "Content-Type",
                "text/csv");
        post(ADMIN, "api/v1/municipalities/" + "3301/end", "{\"lastDay\": \"2047-02-30\"}");
        post(ADMIN, "api/v1/municipalities/" + "3301/end", "{\"lastDay\": \"2047-12-31\", \"successors\": [\"9999\"]}");
    }

    // ---------------------------------------------------------------- sending and checking

    private void get(String user, String path) {
        attempt(user, "GET", path, () -> api.get(path, user));
    }

    private void post(String user, String path, String body, String... headers) {
        send(user, "POST", path, body, headers);
    }

    private void send(String user, String method, String path, String body, String... headers) {
        attempt(user, method, path + (body == null ? "" : " " + body), () -> api.send(method, path, user, body,
                headers));
    }

    private void upload(String user, String path, String fileName, String contentType, byte[] content,
            Map<String, String> fields) {
        attempt(user, "POST", path + " (file " + fileName + ", " + content.length + " bytes)",
                () -> api.upload(path, user, fileName, contentType, content, fields));
    }

    /** Sends one bad request and checks the answer and that nothing was stored. */
    private void attempt(String user, String method, String path, Supplier<HttpResponse<String>> request) {
        attempts++;
        attemptsByRoute.merge(method + " " + route(path), 1, Integer::sum);
        String what = method + " " + shorten(path) + " as " + user;
        Stored before = stored();
        HttpResponse<String> response;
        try {
            response = request.get();
        } catch (RuntimeException e) {
            failures.add(what + ": no answer (" + e + ")");
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            failures.add(what + ": " + status + " " + shorten(response.body()));
        } else if (!type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " with Content-Type '" + type + "' " + shorten(response.body()));
        }
        Stored after = stored();
        String changed = before.differences(after);
        if (!changed.isEmpty()) {
            failures.add(what + ": stored something (" + changed + ") answering " + status + " "
                    + shorten(response.body()));
        }
    }

    /** What the battery watches, as readers see it through the API. */
    private record Stored(Map<String, String> parts) {

        String differences(Stored after) {
            return parts.keySet().stream().filter(key -> !parts.get(key).equals(after.parts.get(key)))
                    .collect(Collectors.joining(", "));
        }
    }

    private Stored stored() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("audit events", String.valueOf(total(api.get("api/v1/events?size=1", MANAGEMENT))));
        for (String user : new String[] {MUNICIPALITY, "kommune.voss", CASE_HANDLER}) {
            parts.put("applications " + user + " sees", String.valueOf(total(api.get("api/v1/applications?size=1",
                    user))));
        }
        parts.put("the draft", api.get(applicationPath(draft), MUNICIPALITY).body());
        for (long id : new long[] {submitted, inAssessment, recommended, grant, inOperation}) {
            if (id != 0) {
                parts.put("application " + id, api.get(applicationPath(id), MANAGEMENT).body());
            }
        }
        parts.put("budget " + budgetYear, api.get("api/v1/budget/" + budgetYear, MANAGEMENT).body());
        parts.put("payments", api.get("api/v1/payments?size=500", MANAGEMENT).body());
        parts.put("calls", String.valueOf(total(api.get("api/v1/calls?size=1", ADMIN))));
        parts.put("the call", api.get("api/v1/calls/" + call, ADMIN).body());
        parts.put("Drammen", api.get("api/v1/municipalities/3301", ADMIN).body());
        return new Stored(parts);
    }

    // ---------------------------------------------------------------- small helpers

    private long created(JsonObject application) {
        var response = api.send("POST", "api/v1/applications", MUNICIPALITY, application.toString());
        require(response, 201);
        return Api.json(response).getJsonNumber("id").longValue();
    }

    private JsonObject application(long id, String user) {
        return api(api.get(applicationPath(id), user));
    }

    private List<JsonObject> milestones(long id) {
        return application(id, MANAGEMENT).getJsonObject("grant").getJsonArray("milestones")
                .getValuesAs(JsonObject.class);
    }

    private static String applicationPath(long id) {
        return "api/v1/applications/" + id;
    }

    private static JsonObject api(HttpResponse<String> response) {
        require(response, 200);
        return Api.json(response);
    }

    private static long total(HttpResponse<String> response) {
        return api(response).getJsonNumber("total").longValue();
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Setting up the battery: " + response.request().method() + " "
                    + response.uri() + " answered " + response.statusCode() + " " + shorten(response.body()));
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    private static JsonValue text(String value) {
        return Json.createValue(value);
    }

    private static JsonValue number(long value) {
        return Json.createValue(value);
    }

    private static JsonValue number(String literal) {
        return Json.createValue(new java.math.BigDecimal(literal));
    }

    private static JsonObject with(JsonObject object, String field, JsonValue value) {
        return Json.createObjectBuilder(object).add(field, value).build();
    }

    /** The object with {@code field} of the first element of its array {@code list} set to {@code value}. */
    private static JsonObject withInFirst(JsonObject object, String list, String field, JsonValue value) {
        JsonArray array = object.getJsonArray(list);
        var changed = Json.createArrayBuilder(array).set(0, with(array.getJsonObject(0), field, value));
        return Json.createObjectBuilder(object).add(list, changed).build();
    }

    /** The route a path belongs to, its ids replaced, for counting. */
    private static String route(String described) {
        String path = described.split(" ", 2)[0];
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) + "?" : path;
        return withoutQuery.replaceAll("/(applications|payments|payment-batches|calls|notifications|users|budget"
                + "|milestones|benefits|attachments|municipalities)/[^/?]+", "/$1/{id}");
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
