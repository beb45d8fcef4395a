package no.gevinst.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.gevinst.support.Api;

/**
 * Every API route × every role, as the contract (api.md) gives the roles: a role the route is not for gets 403
 * whatever it sends, and nobody without credentials gets further than 401. The routes come from the application's
 * own OpenAPI document and each must be in the table below, so a new route without a decided set of roles fails
 * here. Runs against any running Gevinst (one node under Arquillian, each node of the cluster).
 */
public final class RoleMatrix {

    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("MUNICIPALITY", "kommune.drammen");
        USERS.put("CASE_HANDLER", "saksbehandler1");
        USERS.put("APPROVER", "godkjenner1");
        USERS.put("MANAGEMENT", "ledelse");
        USERS.put("ADMIN", "admin");
    }

    /** Every person's role; and a municipality's system, which acts as its users do. */
    private static final Set<String> ANY = Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT", "ADMIN",
            "MUNICIPALITY_SYSTEM");
    /** What the directorate's accounting system's token may do: read payments and batches, fetch the bank file. */
    private static final Set<String> ACCOUNTING_ROUTES = Set.of("GET /payments", "GET /payment-batches/{id}",
            "GET /payment-batches/{id}/pain001");
    /** The open data: anyone, without credentials too. */
    private static final Set<String> PUBLIC = Set.of("GET /open/grants", "GET /open/grants.csv");
    private static final Set<String> DIRECTORATE_READERS = Set.of("CASE_HANDLER", "APPROVER", "MANAGEMENT");
    private static final Set<String> CASEWORK = Set.of("CASE_HANDLER", "APPROVER");

    /** Method and OpenAPI path (without /api/v1) → the roles the contract gives it. */
    private static final Map<String, Set<String>> CONTRACT = new LinkedHashMap<>();

    static {
        contract("GET /municipalities", ANY);
        PUBLIC.forEach(route -> contract(route, Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT",
                "ADMIN", "MUNICIPALITY_SYSTEM", "ACCOUNTING_SYSTEM")));
        contract("GET /municipalities/{number}", ANY);
        contract("PUT /municipalities/{number}", Set.of("ADMIN"));
        contract("POST /municipalities/{number}/end", Set.of("ADMIN"));
        contract("POST /municipalities/register", Set.of("ADMIN"));
        contract("GET /calls", ANY);
        contract("GET /calls/{id}", ANY);
        contract("POST /calls", Set.of("ADMIN"));
        contract("PUT /calls/{id}", Set.of("ADMIN"));
        contract("GET /calls/{id}/ranking", DIRECTORATE_READERS);
        contract("GET /scheme/settings", Set.of("CASE_HANDLER", "APPROVER", "MANAGEMENT", "ADMIN"));
        contract("PUT /scheme/settings", Set.of("ADMIN"));
        contract("POST /applications", Set.of("MUNICIPALITY"));
        contract("GET /applications", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT"));
        contract("GET /applications/{id}", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT"));
        contract("PUT /applications/{id}", Set.of("MUNICIPALITY"));
        contract("POST /applications/{id}/attachments", Set.of("MUNICIPALITY"));
        contract("GET /applications/{id}/attachments/{aid}", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER",
                "MANAGEMENT"));
        contract("DELETE /applications/{id}/attachments/{aid}", Set.of("MUNICIPALITY"));
        for (String act : List.of("submit", "withdraw", "accept", "decline", "operation/report")) {
            contract("POST /applications/{id}/" + act, Set.of("MUNICIPALITY"));
        }
        contract("POST /applications/{id}/milestones/{mid}/report", Set.of("MUNICIPALITY"));
        contract("POST /applications/{id}/benefits/{bid}/measurements", Set.of("MUNICIPALITY"));
        contract("GET /applications/{id}/letter", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT"));
        contract("GET /applications/{id}/submissions", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER",
                "MANAGEMENT"));
        contract("GET /applications/{id}/submissions/{number}", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER",
                "MANAGEMENT"));
        contract("GET /applications/{id}/access-log", Set.of("MUNICIPALITY", "ADMIN"));
        for (String act : List.of("take", "return", "recommend", "operation/confirm", "close")) {
            contract("POST /applications/{id}/" + act, CASEWORK);
        }
        contract("POST /applications/{id}/milestones/{mid}/verify", CASEWORK);
        contract("POST /applications/{id}/milestones/{mid}/send-back", CASEWORK);
        contract("POST /applications/{id}/decide", Set.of("APPROVER"));
        contract("POST /applications/{id}/cancel", Set.of("APPROVER"));
        contract("POST /applications/{id}/milestones/{mid}/go", Set.of("APPROVER"));
        contract("POST /applications/{id}/milestones/{mid}/stop", Set.of("APPROVER"));
        contract("GET /applications/{id}/letters", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT"));
        contract("GET /applications/{id}/changes", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER", "MANAGEMENT"));
        contract("GET /applications/{id}/plan-versions", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER",
                "MANAGEMENT"));
        contract("POST /applications/{id}/changes", Set.of("MUNICIPALITY"));
        contract("POST /applications/{id}/changes/{cid}/withdraw", Set.of("MUNICIPALITY"));
        contract("POST /applications/{id}/changes/{cid}/recommend", CASEWORK);
        contract("POST /applications/{id}/changes/{cid}/decide", Set.of("APPROVER"));
        contract("GET /applications/{id}/letters/{lid}", Set.of("MUNICIPALITY", "CASE_HANDLER", "APPROVER",
                "MANAGEMENT"));
        contract("GET /payments", DIRECTORATE_READERS);
        contract("POST /payments/{id}/approve", Set.of("APPROVER"));
        contract("POST /payments/{id}/reject", Set.of("APPROVER"));
        contract("POST /payment-batches", Set.of("APPROVER"));
        contract("GET /payment-batches/{id}", Set.of("APPROVER"));
        contract("GET /payment-batches/{id}/pain001", Set.of("APPROVER"));
        contract("GET /budget/{year}", DIRECTORATE_READERS);
        contract("GET /reports/{name}", Set.of("MANAGEMENT", "APPROVER"));
        contract("GET /events", Set.of("APPROVER", "MANAGEMENT", "ADMIN"));
        contract("GET /benefits/portfolio", DIRECTORATE_READERS);
        contract("GET /notifications", ANY);
        contract("POST /notifications/{id}/read", ANY);
        contract("GET /notifications/email-preferences", ANY);
        contract("PUT /notifications/email-preferences", ANY);
        contract("GET /users", Set.of("ADMIN"));
        contract("POST /users", Set.of("ADMIN"));
        contract("GET /users/me", ANY);
        contract("GET /users/{id}", Set.of("ADMIN"));
        contract("PUT /users/{id}", Set.of("ADMIN"));
        for (String act : List.of("deactivate", "reactivate", "unlock", "reset-password")) {
            contract("POST /users/{id}/" + act, Set.of("ADMIN"));
        }
    }

    private static void contract(String route, Set<String> roles) {
        Set<String> all = new java.util.HashSet<>(roles);
        if (roles.contains("MUNICIPALITY")) {
            all.add("MUNICIPALITY_SYSTEM");
        }
        if (ACCOUNTING_ROUTES.contains(route)) {
            all.add("ACCOUNTING_SYSTEM");
        }
        CONTRACT.put(route, all);
    }

    private final Api api;
    private final URL base;
    /** The media type of each route's body where it is not JSON (from the OpenAPI document). */
    private final Map<String, String> bodyTypes = new LinkedHashMap<>();

    /** The callers, by role: the users above, and the systems where a node trusts the mock Maskinporten. */
    private final Map<String, String> callers;

    public RoleMatrix(URL base) {
        this(base, Map.of());
    }

    /**
     * @param systems more callers by role, {@code MUNICIPALITY_SYSTEM} (Drammen's system, with its access token) and
     *     {@code ACCOUNTING_SYSTEM}, as {@link Api#bearer} gives them
     */
    public RoleMatrix(URL base, Map<String, String> systems) {
        this.base = base;
        this.api = new Api(base);
        this.callers = new LinkedHashMap<>(USERS);
        this.callers.putAll(systems);
    }

    /** Tries every route as every role and without credentials; returns how many requests it made. */
    public int everyRoleGetsOnlyItsRoutes() throws IOException, InterruptedException {
        long application = Api.json(api.get("api/v1/applications?size=1&municipality=3301", "kommune.drammen"))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        List<String> routes = routes();
        Set<String> unknown = new TreeSet<>(routes);
        unknown.removeAll(CONTRACT.keySet());
        assertEquals(Set.of(), unknown, "routes the contract table does not name: decide their roles");
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = "api/v1" + route.substring(route.indexOf(' ') + 1)
                    .replace("{id}", String.valueOf(application)).replaceAll("\\{[^}]+}", "1");
            String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            var anonymous = request(route, path, null, body);
            requests++;
            if (PUBLIC.contains(route) ? anonymous.statusCode() == 401 || anonymous.statusCode() == 403
                    : anonymous.statusCode() != 401) {
                wrong.add("anonymous " + route + " -> " + anonymous.statusCode());
            }
            for (var user : callers.entrySet()) {
                boolean allowed = CONTRACT.get(route).contains(user.getKey());
                if (allowed && !method.equals("GET")) {
                    continue; // an allowed act would be done; the acts' own tests cover them
                }
                var answer = request(route, path, user.getValue(), body);
                requests++;
                int status = answer.statusCode();
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(user.getKey() + " " + route + " -> " + status + (allowed ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        assertEquals(List.of(), wrong, "answers against the contract's roles at " + base);
        assertTrue(routes.size() >= 50, "the routes were found: " + routes.size());
        return requests;
    }

    /**
     * The route's request, with a body of the media type it takes (else the media type is refused before the role
     * is asked): a file upload, a text, or an empty JSON object.
     */
    private HttpResponse<String> request(String route, String path, String user, String body) {
        String method = route.substring(0, route.indexOf(' '));
        String type = bodyTypes.get(route);
        if ("multipart/form-data".equals(type)) {
            return api.upload(path, user, "x.pdf", "application/pdf", PDF);
        }
        if (type != null) {
            return api.send(method, path, user, "x", "Content-Type", type);
        }
        return api.send(method, path, user, body, "If-Match", "\"0\"");
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** "METHOD /path" of every operation in the OpenAPI document, /api/v1 left off. */
    private List<String> routes() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.serverRoot().resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<String> routes = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/test-support")) {
                continue;
            }
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    String route = method.toUpperCase() + " " + path.substring("/api/v1".length());
                    routes.add(route);
                    JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
                    if (operation.containsKey("requestBody")) {
                        String type = operation.getJsonObject("requestBody").getJsonObject("content").keySet()
                                .iterator().next();
                        if (!type.equals("application/json")) {
                            bodyTypes.put(route, type);
                        }
                    }
                }
            }
        }
        return routes;
    }
}
