package no.gevinst.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which users each operation of an OpenAPI document turns away: every operation is called once as each user (and once
 * without credentials) and the answer is counted as {@code denied} (401 or 403) or {@code allowed} (anything else).
 * Roles are checked in the boundaries, which the document does not show, so this is how a change of who may call what
 * shows. The requests are made to be refused by what they carry (an empty JSON object as body, a version in If-Match
 * that no entity has, an empty file) and each runs in a transaction that is rolled back ({@link RollbackFilter}), so
 * the probes leave the shared test database as it was and answer the same whatever ran before.
 */
public final class RouteAccess {

    /** The value of a path parameter of an operation. */
    @FunctionalInterface
    public interface PathValues {
        String value(OpenApiShape.Operation operation, String parameter);
    }

    public static final String ANONYMOUS = "ANONYMOUS";

    /** An If-Match no entity's version has: a change is refused as made to a stale version, if it gets that far. */
    public static final String STALE_VERSION = "\"999999\"";

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Map<String, String> users;
    private final String password;
    private final PathValues values;

    /**
     * @param base the application's root (the context root, where the document's paths start)
     * @param users role → username of a user with just that role, in the order to call them
     */
    public RouteAccess(URL base, Map<String, String> users, String password, PathValues values) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.users = new LinkedHashMap<>(users);
        this.password = password;
        this.values = values;
    }

    /** One call's outcome. */
    public record Answer(String operation, String role, String url, int status) {

        public boolean denied() {
            return status == 401 || status == 403;
        }

        /** {@code METHOD path ROLE -> denied|allowed}, the line of the matrix. */
        public String line() {
            return operation + " " + role + " -> " + (denied() ? "denied" : "allowed");
        }
    }

    /**
     * Calls every operation of {@code shape} as every user and without credentials; by operation, then role. Each
     * user (and the anonymous caller) goes through the operations in order on a thread of their own: whether a request
     * is turned away does not depend on what another user's request does at the same time, only how it is refused.
     */
    public List<Answer> answers(OpenApiShape shape) {
        List<OpenApiShape.Operation> operations = List.copyOf(shape.operations().values());
        Map<String, String> callers = new LinkedHashMap<>(users);
        callers.put(ANONYMOUS, null);
        ExecutorService executor = Executors.newFixedThreadPool(callers.size());
        try {
            Map<String, Future<List<Answer>>> byRole = new LinkedHashMap<>();
            for (var caller : callers.entrySet()) {
                byRole.put(caller.getKey(), executor.submit(() -> operations.stream().map(operation -> {
                    String url = url(operation);
                    return new Answer(operation.name(), caller.getKey(), url, call(operation, url, caller.getValue()));
                }).toList()));
            }
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < operations.size(); i++) {
                for (var role : byRole.values()) {
                    answers.add(role.get().get(i));
                }
            }
            return answers;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The lines of the matrix, sorted. */
    public static List<String> matrix(List<Answer> answers) {
        return answers.stream().map(Answer::line).sorted().toList();
    }

    /**
     * What changed from the recorded matrix {@code before} to the live {@code answers}, one line each:
     * "POST /x CASE_HANDLER: denied -> allowed (answered 409)", or a line only one side has.
     */
    public static List<String> differences(List<String> before, List<Answer> answers) {
        SortedMap<String, String> was = outcomes(before);
        SortedMap<String, Answer> now = new TreeMap<>();
        answers.forEach(answer -> now.put(answer.operation() + " " + answer.role(), answer));
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(union(was.keySet(), now.keySet()))) {
            Answer answer = now.get(key);
            if (answer == null) {
                found.add(key + ": " + was.get(key) + " before, not called now");
            } else if (!was.containsKey(key)) {
                found.add(key + ": not in the recorded matrix, now " + (answer.denied() ? "denied" : "allowed")
                        + " (answered " + answer.status() + " at " + answer.url() + ")");
            } else {
                String outcome = answer.denied() ? "denied" : "allowed";
                if (!outcome.equals(was.get(key))) {
                    found.add(key + ": " + was.get(key) + " -> " + outcome + " (answered " + answer.status() + " at "
                            + answer.url() + ")");
                }
            }
        }
        return found;
    }

    private static SortedMap<String, String> outcomes(List<String> lines) {
        SortedMap<String, String> outcomes = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int arrow = line.lastIndexOf(" -> ");
            if (arrow < 0) {
                throw new IllegalArgumentException("Not a line of the matrix: " + line);
            }
            outcomes.put(line.substring(0, arrow), line.substring(arrow + 4).trim());
        }
        return outcomes;
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String url(OpenApiShape.Operation operation) {
        Matcher parameter = PARAMETER.matcher(operation.path());
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            String value = values.value(operation, parameter.group(1));
            if (value == null) {
                throw new IllegalStateException(operation.name() + ": no value for {" + parameter.group(1) + "}");
            }
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            parameter.appendReplacement(url, Matcher.quoteReplacement(encoded));
        }
        parameter.appendTail(url);
        return url.toString();
    }

    private int call(OpenApiShape.Operation operation, String path, String username) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(relative))
                .timeout(Duration.ofSeconds(60))
                .header(RollbackFilter.HEADER, "true");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (operation.parameterNames("header").contains("if-match")) {
            request.header("If-Match", STALE_VERSION);
        }
        List<String> types = operation.requestMediaTypes();
        String type = types.isEmpty() ? "application/json" : types.getFirst();
        boolean withBody = operation.method().equals("POST") || operation.method().equals("PUT")
                || operation.method().equals("PATCH");
        if (!withBody) {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        } else if (type.startsWith("multipart/")) {
            // One part, named as the upload's file part, with nothing in it.
            String boundary = "gevinst-probe";
            request.header("Content-Type", type + "; boundary=" + boundary);
            request.method(operation.method(), HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"probe.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n\r\n--" + boundary + "--\r\n"));
        } else {
            request.header("Content-Type", type);
            request.method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(operation.name() + " as " + username, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
