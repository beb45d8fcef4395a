package no.gevinst.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST API and plain pages of a running Gevinst. */
public final class Api {

    public static final String DEMO_PASSWORD = "gevinst-demo";

    private static final String BEARER = "Bearer ";

    /**
     * A caller that sends an access token instead of a username: give it wherever a method takes a username, and the
     * request carries {@code Authorization: Bearer <token>}.
     */
    public static String bearer(String token) {
        return BEARER + token;
    }

    /** The request as {@code username} (a demo user, or {@link #bearer}), or without credentials for null. */
    private static HttpRequest.Builder signedIn(HttpRequest.Builder request, String username) {
        return username == null ? request : request.header("Authorization", authorization(username, DEMO_PASSWORD));
    }

    /** The Authorization header for a username (HTTP Basic) or a caller made by {@link #bearer}. */
    public static String authorization(String username, String password) {
        if (username.startsWith(BEARER)) {
            return username;
        }
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    /** @param base the application's root, as Arquillian gives it (ends with the context root and a slash) */
    public Api(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** The server's own root, where Payara serves health and OpenAPI. */
    public URI serverRoot() {
        return base.resolve("/");
    }

    public HttpResponse<String> get(String path, String username, String password, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (username != null) {
            request.header("Authorization", authorization(username, password));
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return send(request.build());
    }

    /** A request with a JSON body (or another, given a Content-Type); {@code headers} are name, value pairs. */
    public HttpResponse<String> send(String method, String path, String username, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            request.header("Authorization", authorization(username, DEMO_PASSWORD));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A request with no body and no Content-Type at all, as {@code curl -X POST} sends it. */
    public HttpResponse<String> sendBare(String method, String path, String username) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", authorization(username, DEMO_PASSWORD)).build());
    }

    /** Uploads a file as the form part {@code file} of a {@code multipart/form-data} request. */
    public HttpResponse<String> upload(String path, String username, String fileName, String contentType, byte[] content) {
        return upload(path, username, fileName, contentType, content, java.util.Map.of());
    }

    /** Uploads a file as the form part {@code file}, after text parts {@code fields} (name to value). */
    public HttpResponse<String> upload(String path, String username, String fileName, String contentType, byte[] content,
            java.util.Map<String, String> fields) {
        String boundary = "gevinst-" + System.nanoTime();
        StringBuilder parts = new StringBuilder();
        fields.forEach((name, value) -> parts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
                .append("\r\n"));
        byte[] head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(signedIn(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary), username).build());
    }

    public HttpResponse<byte[]> download(String path, String username) {
        return download(path, username, "nb");
    }

    public HttpResponse<byte[]> download(String path, String username, String acceptLanguage) {
        try {
            HttpRequest request = signedIn(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                    .GET().header("Accept-Language", acceptLanguage), username).build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            checkAgainstDocument(request, response, json ? new String(response.body(), StandardCharsets.UTF_8) : null);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String username) {
        return get(path, username, DEMO_PASSWORD, null);
    }

    public HttpResponse<String> getAbsolute(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** A GET of a full address with these headers (name, value pairs), without credentials. */
    public HttpResponse<String> getAbsolute(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            checkAgainstDocument(request, response, response.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every answer of the REST API is checked against the live API document ({@link ApiContract}). */
    private void checkAgainstDocument(HttpRequest request, HttpResponse<?> response, String body) {
        String path = request.uri().getPath();
        String root = base.getPath();
        if (path.startsWith(root)) {
            ApiContract.of(base, client).check(request.method(), "/" + path.substring(root.length()), response, body);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static jakarta.json.JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
