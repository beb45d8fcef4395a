package no.gevinst.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check of every API response against the live document ({@link ApiContract}), tried on a small server on loopback
 * that serves a document and answers as told: a response that matches passes, one that does not fails with what is
 * wrong.
 */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/app/api/v1/things/{id}": {"get": {"responses": {
                 "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "4XX": {"description": "refused", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/app/api/v1/things/{id}/file": {"get": {"responses": {
                 "200": {"description": "ok", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"},
                 "amount": {"anyOf": [{"$ref": "#/components/schemas/Amount"}, {"type": "null"}]},
                 "due": {"type": ["string", "null"], "format": "date"}}},
               "Amount": {"type": "string", "pattern": "^-?[0-9]+\\\\.[0-9]{2}$"},
               "Problem": {"type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}}}}
            """;

    private HttpServer server;
    private volatile Map<String, String> answer;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/openapi", exchange -> reply(exchange, 200, "application/json", DOCUMENT));
        server.createContext("/app/", exchange -> reply(exchange, Integer.parseInt(answer.get("status")),
                answer.get("type"), answer.get("body")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private Api api() throws Exception {
        // a new application root each time: the document is read once per application
        return new Api(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/app/").toURL());
    }

    private AssertionError refused(int status, String type, String body, String path) throws Exception {
        answer = Map.of("status", String.valueOf(status), "type", type, "body", body);
        Api api = api();
        return assertThrows(AssertionError.class, () -> api.get(path, null, null, null));
    }

    private void accepted(int status, String type, String body, String path) throws Exception {
        answer = Map.of("status", String.valueOf(status), "type", type, "body", body);
        assertEquals(status, api().get(path, null, null, null).statusCode());
    }

    @Test
    void answersAsTheDocumentSaysPass() throws Exception {
        accepted(200, "application/json", "{\"id\": 7, \"amount\": \"1500.00\", \"due\": \"2027-03-01\"}",
                "api/v1/things/7");
        accepted(200, "application/json", "{\"id\": 7, \"amount\": null, \"due\": null}", "api/v1/things/7");
        accepted(404, "application/problem+json", "{\"status\": 404}", "api/v1/things/8");
        accepted(404, "application/problem+json", "{\"status\": 404}", "api/v1/no-such-thing");
        accepted(200, "application/pdf", "%PDF-1.7", "api/v1/things/7/file");
        accepted(200, "text/html", "<p>a page</p>", "login.xhtml");
    }

    @Test
    void aBodyThatDoesNotMatchItsSchemaFailsNamingWhatIsWrong() throws Exception {
        AssertionError wrong = refused(200, "application/json",
                "{\"id\": \"seven\", \"amount\": \"1500\", \"due\": \"1.3.2027\"}", "api/v1/things/7");
        assertTrue(wrong.getMessage().contains("GET /api/v1/things/7 → 200"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("/id"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("/amount"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("/due"), wrong.getMessage());
        AssertionError missing = refused(200, "application/json", "{\"amount\": \"1.00\"}", "api/v1/things/7");
        assertTrue(missing.getMessage().contains("id"), missing.getMessage());
    }

    @Test
    void aStatusOrMediaTypeTheDocumentDoesNotDeclareFails() throws Exception {
        assertTrue(refused(500, "application/problem+json", "{\"status\": 500}", "api/v1/things/7").getMessage()
                .contains("declares no such status"));
        assertTrue(refused(200, "text/plain", "7", "api/v1/things/7").getMessage().contains("text/plain"));
        assertTrue(refused(400, "text/html", "<p>bad</p>", "api/v1/things/7").getMessage().contains("text/html"));
        assertTrue(refused(200, "application/json", "{}", "api/v1/no-such-thing").getMessage()
                .contains("not in the document"));
    }
}
