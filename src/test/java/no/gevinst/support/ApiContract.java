package no.gevinst.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live {@code /openapi} document of a running Gevinst, which every API response a test receives is checked
 * against: its status must be one the operation declares (exactly, as a range such as {@code 4XX}, or as
 * {@code default}), its media type one that response declares, and a JSON body must match the declared schema (OpenAPI
 * 3.1's dialect of JSON Schema, formats asserted). A response that does not match fails the test that received it,
 * naming the operation, the status and every fault. Responses to the test-support routes are not part of the contract,
 * nor are a balancer's own answers for a node that is down (502, 503 or 504, not JSON).
 */
final class ApiContract {

    private static final Map<URI, ApiContract> BY_APPLICATION = new ConcurrentHashMap<>();
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ApiContract::recordCount));
    }

    private final JsonNode document;
    private final ApiSchemas schemas;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ApiContract(String text, String contextRoot) {
        document = JSON.readTree(text);
        schemas = new ApiSchemas(text);
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            // the document names paths from the server's root; the checks name them below the application's
            String template = path.getKey().startsWith(contextRoot + "/") ? path.getKey().substring(contextRoot.length())
                    : path.getKey();
            routes.add(new Route(template, path.getKey(), path.getValue()));
        }
        // the most literal route first: /municipalities/register before /municipalities/{number}
        routes.sort(Comparator.comparingInt(Route::parameters));
    }

    /**
     * The document of the application at {@code base} (its root, ending with its context root and a slash), read once.
     */
    static ApiContract of(URI base, HttpClient client) {
        return BY_APPLICATION.computeIfAbsent(base, application -> {
            URI root = application.resolve("/");
            String contextRoot = application.getPath().replaceAll("/$", "");
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(root.resolve("/openapi"))
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() != 200) {
                    throw new AssertionError("the API document at " + root + "openapi answered " + answer.statusCode());
                }
                return new ApiContract(answer.body(), contextRoot);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Checks one response to a request for {@code apiPath} (the path below the application's root, e.g.
     * {@code /api/v1/applications/12}); {@code body} is its text, or null where it was not read as text.
     */
    void check(String method, String apiPath, HttpResponse<?> response, String body) {
        if (!apiPath.startsWith("/api/") || apiPath.startsWith("/api/v1/test-support")) {
            return;
        }
        int status = response.statusCode();
        String mediaType = response.headers().firstValue("Content-Type")
                .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse(null);
        if (status >= 502 && status <= 504 && (mediaType == null || !mediaType.endsWith("json"))) {
            return; // the balancer in front of the cluster's nodes answering for a node that is down
        }
        Optional<Route> route = routes.stream().filter(r -> r.matches(apiPath)).findFirst();
        String operation = method + " " + apiPath + " → " + status;
        JsonNode declared = route.map(r -> r.item.get(method.toLowerCase(Locale.ROOT))).orElse(null);
        if (declared == null) {
            // a path or method the document does not have may only be refused (404, 405, or 400 and 413 where the
            // request itself is refused before it is routed), as a problem
            if (status / 100 == 4) {
                checkBody(operation, "#/components/schemas/Problem", document.at("/components/schemas/Problem"),
                        mediaType, body);
                return;
            }
            throw new AssertionError("API contract: " + operation + " is not in the document");
        }
        String pointer = "/paths/" + escape(route.get().documented) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
        JsonNode responses = declared.get("responses");
        String code = responses.has(Integer.toString(status)) ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX"
                : responses.has("default") ? "default" : null;
        if (code == null) {
            throw new AssertionError("API contract: " + operation + ": the document declares no such status for "
                    + route.get().template + " (declared: " + names(responses) + ")");
        }
        JsonNode content = responses.get(code).get("content");
        if (content == null || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                throw new AssertionError("API contract: " + operation + " has a body (" + mediaType
                        + ") where the document declares none");
            }
            CHECKED.incrementAndGet();
            return;
        }
        if (mediaType == null || !content.has(mediaType)) {
            throw new AssertionError("API contract: " + operation + " answered " + mediaType + ", the document says "
                    + names(content));
        }
        JsonNode schema = content.get(mediaType).get("schema");
        checkBody(operation, "#" + pointer + escape(code) + "/content/" + escape(mediaType) + "/schema", schema,
                mediaType, body);
    }

    private void checkBody(String operation, String location, JsonNode schema, String mediaType, String body) {
        CHECKED.incrementAndGet();
        if (schema == null || schema.isMissingNode() || mediaType == null || !mediaType.endsWith("json") || body == null) {
            return;
        }
        // a location is the schema's JSON pointer behind "#"
        Schema compiledSchema = compiled.computeIfAbsent(location, at -> schemas.at(at.substring(1)));
        List<Error> faults = compiledSchema.validate(JSON.readTree(body));
        if (!faults.isEmpty()) {
            StringBuilder message = new StringBuilder("API contract: " + operation + " does not match " + location);
            faults.forEach(fault -> message.append("\n  ").append(fault));
            message.append("\n  body: ").append(body.length() > 2000 ? body.substring(0, 2000) + " …" : body);
            throw new AssertionError(message.toString());
        }
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        return String.join(", ", names);
    }

    /** How many responses were checked in this JVM, added to target/api-contract-checks.txt for the run's figures. */
    private static void recordCount() {
        if (CHECKED.get() == 0) {
            return;
        }
        try {
            Files.writeString(Path.of("target/api-contract-checks.txt"), CHECKED.get() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not record the count of checked API responses: " + e);
        }
    }

    private static final class Route {
        private final String template;
        private final String documented;
        private final JsonNode item;
        private final Pattern pattern;

        Route(String template, String documented, JsonNode item) {
            this.template = template;
            this.documented = documented;
            this.item = item;
            this.pattern = Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        int parameters() {
            return (int) template.chars().filter(c -> c == '{').count();
        }
    }
}
