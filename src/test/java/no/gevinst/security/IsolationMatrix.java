package no.gevinst.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.support.Api;
import no.gevinst.support.Deployments;
import no.gevinst.support.WebSession;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A municipality never sees another municipality's application: the checks, against any running Gevinst (one
 * node under Arquillian in {@link IsolationIT}, each node of the cluster in the cluster tests). The routes are not listed here by hand: the API
 * routes come from the application's own OpenAPI document, the pages from the views in the WAR, so a route added
 * later is tried too.
 */
public final class IsolationMatrix {

    private static final String OWNER = "kommune.drammen";
    private static final String VOSS_USER = "kommune.voss";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private final URL base;
    /** Who looks for the application: a user of Voss, or Voss's system with its access token. */
    private final String outsider;

    private String secretTitle;
    private long secretId;
    private long secretAttachment;

    /** @param base the running application's root, on whichever node */
    public IsolationMatrix(URL base) {
        this(base, VOSS_USER);
    }

    /** @param outsider a user of another municipality than Drammen, or such a system ({@link Api#bearer}) */
    public IsolationMatrix(URL base, String outsider) {
        this.base = base;
        this.outsider = outsider;
    }

    private Api api() {
        return new Api(base);
    }

    /** Makes an application of another municipality to look for; each check below starts with a new one. */
    private void anApplicationOfAnotherMunicipality() {
        long call = Api.json(api().get("api/v1/calls?size=500", OWNER)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith("Tilskudd til helseteknologi i kommunene"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        secretTitle = "Hemmelig prosjekt " + System.nanoTime();
        String json = """
                {"callId": %d, "title": "%s", "category": "DATA_SHARING", "summary": "S", "serviceChange": "T",
                 "contactName": "K", "contactEmail": "k@drammen.example", "bankAccount": "86011117947",
                 "eligibleCost": "100000.00", "ownContribution": "50000.00", "requestedAmount": "50000.00",
                 "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-06-01",
                 "milestones": [{"title": "M", "dueDate": "2027-03-01", "amount": "50000.00"}],
                 "benefitTargets": [{"indicator": "I", "kind": "QUALITY", "unit": "prosent", "baseline": 10,
                   "baselineDate": "2025-01-15", "target": 50, "targetDate": "2028-01-01", "owner": "O"}]}
                """.formatted(call, secretTitle);
        var created = api().send("POST", "api/v1/applications", OWNER, json);
        assertEquals(201, created.statusCode(), created.body());
        secretId = Api.json(created).getJsonNumber("id").longValue();
        var attached = api().upload("api/v1/applications/" + secretId + "/attachments", OWNER, "plan.pdf",
                "application/pdf", PDF);
        assertEquals(201, attached.statusCode(), attached.body());
        secretAttachment = Api.json(attached).getJsonNumber("id").longValue();
        assertEquals(200, api().send("POST", "api/v1/applications/" + secretId + "/submit", OWNER, null).statusCode());
    }

    /** Every operation of the API whose path names an application, as the application's OpenAPI document lists them. */
    private List<String[]> applicationRoutes() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        var response = client.send(HttpRequest.newBuilder(api().serverRoot().resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<String[]> routes = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (path.matches(".*/applications/\\{[^}]+}.*")) {
                for (String method : paths.getJsonObject(path).keySet()) {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        routes.add(new String[] {method.toUpperCase(), path});
                    }
                }
            }
        }
        return routes;
    }

    private String concrete(String template, long applicationId) {
        String path = template.replaceFirst("/applications/\\{[^}]+}", "/applications/" + applicationId)
                .replaceAll("\\{aid}", String.valueOf(secretAttachment))
                .replaceAll("\\{[^}]+}", "1");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    public void everyApiRouteThatTakesAnApplicationAnswers404ToAnotherMunicipality() throws Exception {
        anApplicationOfAnotherMunicipality();
        List<String[]> routes = applicationRoutes();
        Set<String> seen = new TreeSet<>();
        routes.forEach(route -> seen.add(route[0] + " " + route[1]));
        assertTrue(seen.containsAll(Set.of("GET /api/v1/applications/{id}", "PUT /api/v1/applications/{id}",
                "POST /api/v1/applications/{id}/submit", "POST /api/v1/applications/{id}/withdraw",
                "POST /api/v1/applications/{id}/attachments", "GET /api/v1/applications/{id}/attachments/{aid}")),
                "the OpenAPI document lists the application routes: " + seen);

        for (String[] route : routes) {
            String method = route[0];
            String path = concrete(route[1], secretId);
            HttpResponse<String> response = route[1].endsWith("/attachments")
                    ? api().upload(path, outsider, "x.pdf", "application/pdf", PDF)
                    : api().send(method, path, outsider, method.equals("GET") || method.equals("DELETE") ? null : "{}",
                            "If-Match", "\"0\"");
            String what = method + " " + path + " -> " + response.statusCode() + " " + response.body();
            assertFalse(response.body().contains(secretTitle), what);
            if (response.statusCode() == 403) {
                // Closed to municipalities whatever the id: tells nothing about this one.
                assertEquals(403, api().send(method, concrete(route[1], 987654321L), outsider,
                        method.equals("GET") ? null : "{}").statusCode(), what);
            } else {
                assertEquals(404, response.statusCode(), what);
            }
        }

        JsonObject mine = Api.json(api().get("api/v1/applications?municipality=3301&size=500", outsider));
        assertTrue(mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getJsonNumber("id").longValue() == secretId), "not in the outsider's list");

        JsonObject after = Api.json(api().get("api/v1/applications/" + secretId, OWNER));
        assertEquals(secretTitle, after.getString("title"), "nothing the outsider sent changed it");
        assertEquals("SUBMITTED", after.getString("status"));
        assertEquals(1, after.getJsonArray("attachments").size());
    }

    /**
     * Every page, each of its view parameters malformed or naming nothing, as each kind of user: a page may refuse
     * (403), not find (404) or show itself without what the parameter named, but never answer with a server error.
     */
    public void everyPageAnswersMalformedParametersWithoutAServerError() throws Exception {
        Map<String, Set<String>> parameters = new TreeMap<>();
        for (var source : sources().entrySet()) {
            Set<String> names = new TreeSet<>();
            Matcher matcher = Pattern.compile("f:viewParam name=\"(\\w+)\"").matcher(source.getValue());
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            parameters.put(source.getKey(), names);
        }
        assertTrue(parameters.getOrDefault("application.xhtml", Set.of()).contains("id"), "views found: " + parameters);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String user : List.of(VOSS_USER, "saksbehandler1", "godkjenner1", "ledelse", "admin")) {
            WebSession session = WebSession.login(base, user);
            for (var view : parameters.entrySet()) {
                for (String name : view.getValue()) {
                    for (String value : List.of("abc", "-1", "99999999999999999999", "2026-13-45")) {
                        String page = view.getKey() + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                        var response = session.get(page);
                        tried++;
                        if (response.statusCode() >= 500) {
                            failures.add(page + " as " + user + " -> " + response.statusCode());
                        } else if (response.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
                            failures.add(page + " as " + user + " -> the login page: the session was lost");
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + tried + " pages failed: " + failures);
        assertTrue(tried >= 300, "pages tried: " + tried);
        // the pages were reached as the user: a malformed id names no application, for every reader of one
        assertEquals(404, WebSession.login(base, VOSS_USER).get("application.xhtml?id=abc").statusCode());
        assertEquals(404, WebSession.login(base, "saksbehandler1").get("casework/assessment.xhtml?id=abc")
                .statusCode());
    }

    /** The views in the WAR, outside WEB-INF, with whether they take an application id. */
    private static List<String[]> views() throws IOException {
        List<String[]> views = new ArrayList<>();
        sources().forEach((name, source) -> views.add(new String[] {name,
                String.valueOf(source.contains("f:viewParam name=\"id\""))}));
        return views;
    }

    /** The views in the WAR, outside WEB-INF, by name, with their source. */
    private static Map<String, String> sources() throws IOException {
        WebArchive war = Deployments.application();
        Map<String, String> sources = new TreeMap<>();
        for (var entry : war.getContent().entrySet()) {
            ArchivePath path = entry.getKey();
            Node node = entry.getValue();
            String name = path.get();
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && node.getAsset() != null) {
                try (InputStream in = node.getAsset().openStream()) {
                    sources.put(name.substring(1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return sources;
    }

    public void everyPageAnswersNotFoundOrShowsNothingOfAnotherMunicipalitysApplication() throws Exception {
        anApplicationOfAnotherMunicipality();
        List<String[]> views = views();
        assertTrue(views.stream().anyMatch(v -> v[0].equals("application.xhtml") && v[1].equals("true")), "views found");
        WebSession outsider = WebSession.login(base, VOSS_USER);
        String reference = Api.json(api().get("api/v1/applications/" + secretId, OWNER)).getString("reference");
        int takingAnId = 0;
        for (String[] view : views) {
            var response = outsider.get(view[0] + "?id=" + secretId);
            String what = view[0] + " -> " + response.statusCode();
            assertFalse(response.body().contains(secretTitle) || response.body().contains(reference), what);
            if (Boolean.parseBoolean(view[1])) {
                // Either the role may not open the page at all (403, whatever the id), or the page does not find it.
                assertTrue(response.statusCode() == 403 || response.statusCode() == 404, what);
                if (response.statusCode() == 404) {
                    takingAnId++;
                    // Voss writes Nynorsk, so its users see Nynorsk.
                    assertTrue(response.body().contains("Sida finst ikkje"), what);
                }
            }
        }
        assertTrue(takingAnId >= 2, "at least the application page and its form take an id and were tried");
    }
}
