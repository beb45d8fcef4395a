package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.support.ApiSchemas;
import no.gevinst.support.OpenApiShape;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API document as the build writes it ({@code target/classes/META-INF/openapi.yaml}, which Payara serves): every
 * example in it, of a request body, a response or a schema, is valid against its schema (OpenAPI 3.1's dialect of JSON
 * Schema, formats asserted) and names no field its schema does not have, which JSON-B would silently ignore; and the
 * document still has the shape of the API as it was ({@code contract/openapi-before.json}), but for the changes
 * decided and listed one by one, each with why, in {@code contract/accepted-changes.txt} (and in docs/api.md).
 */
class ApiDocumentTest {

    private static final Path BUILT = Path.of("target/classes/META-INF/openapi.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyExampleMatchesItsSchema() throws IOException {
        JsonNode document = new YAMLMapper().readTree(Files.readString(BUILT, StandardCharsets.UTF_8));
        List<Example> examples = new ArrayList<>();
        collect(document, "", examples);
        assertTrue(examples.stream().filter(e -> e.pointer().startsWith("/paths/")).count() >= 14,
                "the request and response examples of the main acts: " + examples);

        JsonNode closed = document.deepCopy();
        closeObjects(closed);
        ApiSchemas schemas = new ApiSchemas(JSON.writeValueAsString(closed));
        List<String> faults = new ArrayList<>();
        for (Example example : examples) {
            List<Error> errors = schemas.at(example.schemaPointer())
                    .validate(example.value());
            errors.forEach(error -> faults.add(example.pointer() + ": " + error));
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void noExampleHoldsANull() throws IOException {
        // Payara leaves nulls out of examples when it serves the document, which would then no longer be the one the
        // build wrote and clients are generated from (GeneratedClientIT): a field without a value is left out instead.
        JsonNode document = new YAMLMapper().readTree(Files.readString(BUILT, StandardCharsets.UTF_8));
        List<Example> examples = new ArrayList<>();
        collect(document, "", examples);
        List<String> withNull = examples.stream().filter(example -> holdsNull(example.value()))
                .map(Example::pointer).toList();
        assertEquals(List.of(), withNull);
    }

    private static boolean holdsNull(JsonNode node) {
        return node.isNull() || node.valueStream().anyMatch(ApiDocumentTest::holdsNull);
    }

    @Test
    void theDocumentHasTheShapeOfTheApiAsItWas() throws IOException {
        String built = JSON.writeValueAsString(new YAMLMapper().readTree(Files.readString(BUILT, StandardCharsets.UTF_8)));
        String before;
        try (InputStream in = ApiDocumentTest.class.getResourceAsStream("/contract/openapi-before.json")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> differences = OpenApiShape.undecided(OpenApiShape.differences(OpenApiShape.parse(before),
                OpenApiShape.parse(built)));
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    /** An example found at {@code pointer}, to be valid against the schema at {@code schemaPointer}. */
    private record Example(String pointer, String schemaPointer, JsonNode value) {
    }

    /**
     * The examples of media types (a request body's or a response's {@code examples} and {@code example}) and of
     * schemas ({@code examples}, a list).
     */
    private static void collect(JsonNode node, String pointer, List<Example> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean mediaType = node.has("schema");
        JsonNode examples = node.get("examples");
        if (mediaType && examples != null && examples.isObject()) {
            examples.properties().forEach(named -> found.add(new Example(pointer + "/examples/" + escape(named.getKey()),
                    pointer + "/schema", named.getValue().get("value"))));
        } else if (!mediaType && examples != null && examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                found.add(new Example(pointer + "/examples/" + i, pointer, examples.get(i)));
            }
        }
        if (node.has("example")) {
            found.add(new Example(pointer + "/example", mediaType ? pointer + "/schema" : pointer, node.get("example")));
        }
        node.properties().stream().filter(child -> !child.getKey().equals("examples") && !child.getKey().equals("example"))
                .forEach(child -> collect(child.getValue(), pointer + "/" + escape(child.getKey()), found));
    }

    /** Every schema with properties takes no other: an example with a misspelt field fails. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().stream().filter(child -> !child.getKey().equals("examples"))
                    .forEach(child -> closeObjects(child.getValue()));
        } else if (node.isArray()) {
            node.forEach(ApiDocumentTest::closeObjects);
        }
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }
}
