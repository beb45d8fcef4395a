package no.gevinst.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What {@link OpenApiShape} counts as a change of the API, on the stored document of the API as it was. */
class OpenApiShapeTest {

    private static final String BEFORE = stored();

    private static String stored() {
        try (InputStream in = OpenApiShapeTest.class.getResourceAsStream("/contract/openapi-before.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The differences between the stored document and the same one patched. */
    private static List<String> afterPatch(UnaryOperator<JsonPatchBuilder> patch) {
        JsonObject before = json(BEFORE);
        JsonObject after = patch.apply(Json.createPatchBuilder()).build().apply(before);
        return OpenApiShape.differences(OpenApiShape.of(before), OpenApiShape.of(after));
    }

    private static String escaped(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void theStoredDocumentHasTheShapeOfItselfAndAllItsOperations() {
        OpenApiShape shape = OpenApiShape.parse(BEFORE);
        assertEquals(List.of(), OpenApiShape.differences(shape, OpenApiShape.parse(BEFORE)));
        assertEquals(59, shape.operations().size());
        assertTrue(shape.operations().containsKey("POST /api/v1/applications/{id}/take"), shape.operations().keySet()
                .toString());
    }

    @Test
    void aValueTheDocumentLeftUndescribedMayBeDescribedButADescribedOneMayNotChange() {
        String batch = "/components/schemas/BatchView/properties/";
        assertEquals(List.of(), afterPatch(p -> p.replace(batch + "createdAt",
                json("{\"type\": \"string\", \"format\": \"date-time\"}"))), "an untyped time typed");
        List<String> differences = afterPatch(p -> p.replace(batch + "createdBy",
                json("{\"type\": \"string\", \"format\": \"date-time\"}")));
        assertFalse(differences.isEmpty(), "a text made a time");
        assertTrue(differences.stream().allMatch(d -> d.contains("createdBy: format (none) -> date-time")), differences.toString());
    }

    @Test
    void aWholeNumberAFormatANullAndASuccessUnderItsStatusRefineButAnotherTypeChanges() {
        String batch = "/components/schemas/BatchView/properties/";
        String get = "/paths/" + escaped("/api/v1/payment-batches/{id}") + "/get/responses";
        assertEquals(List.of(), afterPatch(p -> p
                .replace(batch + "id", json("{\"type\": \"integer\", \"format\": \"int64\"}"))
                .replace(batch + "createdBy", json("{\"type\": [\"string\", \"null\"]}"))
                .add("/paths/" + escaped("/api/v1/payment-batches/{id}") + "/get/responses/200",
                        json(BEFORE).getValue(get + "/default"))
                .remove(get + "/default")), "refined");
        assertEquals(List.of("GET /api/v1/payment-batches/{id}: response default schema changed: id: type number -> string"),
                afterPatch(p -> p.replace(batch + "id", json("{\"type\": \"string\"}"))).stream()
                        .map(d -> d.replace("application/json ", "")).sorted().toList(), "a number made a text");
    }

    @Test
    void errorAnswersMayBeWrittenDownAsRangesButARangeOnceWrittenStays() {
        String take = "/paths/" + escaped("/api/v1/applications/{id}/take") + "/post/responses";
        String problem = "{\"description\": \"refused\", \"content\": {\"application/problem+json\":"
                + " {\"schema\": {\"type\": \"object\"}}}}";
        assertEquals(List.of(), afterPatch(p -> p.add(take + "/4XX", json(problem)).add(take + "/5XX", json(problem))));
        JsonObject written = Json.createPatchBuilder().add(take + "/4XX", json(problem)).build()
                .apply(json(BEFORE));
        assertEquals(List.of("POST /api/v1/applications/{id}/take: response 4XX missing"),
                OpenApiShape.differences(OpenApiShape.of(written), OpenApiShape.parse(BEFORE)));
    }

    @Test
    void aRemovedPathIsMissingWithEachOfItsMethods() {
        List<String> differences = afterPatch(p -> p.remove("/paths/" + escaped("/api/v1/calls/{id}")));
        assertEquals(List.of("GET /api/v1/calls/{id}: missing", "PUT /api/v1/calls/{id}: missing"), differences);
    }

    @Test
    void aRemovedMethodIsMissingAndTheOtherMethodsOfItsPathAreNot() {
        List<String> differences = afterPatch(p -> p.remove("/paths/" + escaped("/api/v1/users/{id}") + "/put"));
        assertEquals(List.of("PUT /api/v1/users/{id}: missing"), differences);
    }

    @Test
    void anAddedOperationIsAChangeToo() {
        List<String> differences = afterPatch(p -> p.add("/paths/" + escaped("/api/v1/users/{id}") + "/delete",
                json("{\"responses\": {\"204\": {\"description\": \"gone\"}}}")));
        assertEquals(List.of("DELETE /api/v1/users/{id}: added"), differences);
    }

    @Test
    void aChangedParameterIsNamedWithWhatChanged() {
        String list = "/paths/" + escaped("/api/v1/applications") + "/get/parameters/";
        // the order of parameters: status, callId, budgetYear, municipality, county, category, sort, direction, page, size
        List<String> differences = afterPatch(p -> p
                .replace(list + "9/schema/type", "string")
                .add(list + "0/required", true)
                .replace(list + "5/name", "technology")
                .replace(list + "4/in", "header"));
        assertEquals(List.of(
                "GET /api/v1/applications: parameter header county added",
                "GET /api/v1/applications: parameter query category missing",
                "GET /api/v1/applications: parameter query county missing",
                "GET /api/v1/applications: parameter query size schema changed: type integer -> string",
                "GET /api/v1/applications: parameter query status required false -> true",
                "GET /api/v1/applications: parameter query technology added"), differences);
    }

    @Test
    void aRenamedOrRemovedPropertyOfANestedReferencedSchemaShowsInEveryOperationThatUsesIt() {
        // MilestoneRequest: the items of ApplicationRequest.milestones and RecommendRequest.milestones
        String milestone = "/components/schemas/MilestoneRequest/properties/";
        List<String> renamed = afterPatch(p -> p.move(milestone + "due", milestone + "dueDate"));
        String body = ": request body application/json schema changed: property milestones[].";
        List<String> expected = new java.util.ArrayList<>();
        for (String operation : List.of("POST /api/v1/applications", "PUT /api/v1/applications/{id}",
                "POST /api/v1/applications/{id}/recommend")) {
            expected.add(operation + body + "due added");
            expected.add(operation + body + "dueDate missing");
        }
        assertEquals(expected, renamed);
        List<String> removed = afterPatch(p -> p.remove(milestone + "amount"));
        assertEquals(3, removed.size(), removed.toString());
        assertTrue(removed.stream().allMatch(line -> line.endsWith(body + "amount missing")), removed.toString());
        List<String> retyped = afterPatch(p -> p.replace(milestone + "amount/type", "number"));
        assertTrue(retyped.contains("POST /api/v1/applications/{id}/recommend: request body application/json schema"
                + " changed: milestones[].amount: type string -> number"), retyped.toString());
    }

    @Test
    void aChangedEnumOfAReferencedResponseSchemaIsFound() {
        List<String> differences = afterPatch(p -> p.remove("/components/schemas/PaymentStatus/enum/3"));
        assertTrue(differences.contains("POST /api/v1/payments/{id}/approve: response default application/json schema"
                + " changed: status: enum APPROVED,PROPOSED,REJECTED,SENT -> APPROVED,PROPOSED,REJECTED"),
                differences.toString());
    }

    @Test
    void anAddedOrRemovedResponseStatusOrMediaTypeIsFound() {
        String take = "/paths/" + escaped("/api/v1/applications/{id}/take") + "/post/responses";
        List<String> added = afterPatch(p -> p.add(take + "/409", json(
                "{\"description\": \"conflict of interest\", \"content\": {\"application/problem+json\":"
                        + " {\"schema\": {\"type\": \"object\"}}}}")));
        assertEquals(List.of("POST /api/v1/applications/{id}/take: response 409 added"), added);
        List<String> retyped = afterPatch(p -> p.move(take + "/default/content/application~1xml",
                take + "/default/content/application~1json"));
        assertEquals(List.of(
                "POST /api/v1/applications/{id}/take: response default media type application/json missing",
                "POST /api/v1/applications/{id}/take: response default media type application/xml added"), retyped);
        List<String> described = afterPatch(p -> p.replace(take + "/default/content/application~1json/schema",
                json("{\"$ref\": \"#/components/schemas/TakeRequest\"}")));
        assertEquals(List.of(), described, "the stored document called this answer only an object");
        String approve = "/paths/" + escaped("/api/v1/payments/{id}/approve") + "/post/responses";
        List<String> schema = afterPatch(p -> p.replace(approve + "/default/content/application~1json/schema",
                json("{\"$ref\": \"#/components/schemas/TakeRequest\"}")));
        assertTrue(schema.contains("POST /api/v1/payments/{id}/approve: response default application/json schema"
                + " changed: property impartial added"), schema.toString());
    }

    @Test
    void aRemovedOrRetypedRequestBodyIsFound() {
        String register = "/paths/" + escaped("/api/v1/municipalities/register") + "/post/requestBody";
        assertEquals(List.of("POST /api/v1/municipalities/register: request body media type text/plain missing"),
                afterPatch(p -> p.remove(register + "/content/text~1plain")));
        assertEquals(List.of("POST /api/v1/municipalities/register: request body required true -> false"),
                afterPatch(p -> p.replace(register + "/required", false)));
        assertEquals(List.of("POST /api/v1/municipalities/register: request body missing"),
                afterPatch(p -> p.remove(register)));
    }

    @Test
    void renamedComponentsAndChangedTextsAreTheSameShape() {
        String renamed = BEFORE
                .replace("\"MilestoneRequest\":", "\"PlanItemRequest\":")
                .replace("#/components/schemas/MilestoneRequest\"", "#/components/schemas/PlanItemRequest\"")
                .replace("\"PaymentView\":", "\"payments.boundary.PaymentView\":")
                .replace("#/components/schemas/PaymentView\"", "#/components/schemas/payments.boundary.PaymentView\"")
                .replace("\"operationId\":\"take\"", "\"operationId\":\"takeForAssessment\"")
                .replace("Take a submitted application", "Takes a submitted application");
        assertTrue(!renamed.equals(BEFORE) && !renamed.contains("\"MilestoneRequest\""));
        assertEquals(List.of(), OpenApiShape.differences(OpenApiShape.parse(BEFORE), OpenApiShape.parse(renamed)));
    }

    @Test
    void aSchemaInlinedInsteadOfReferencedOrASubclassFlattenedIsTheSameShape() {
        JsonObject before = json(BEFORE);
        JsonObject take = before.getJsonObject("components").getJsonObject("schemas").getJsonObject("TakeRequest");
        String first = "/components/schemas/FirstMeasurementRequest";
        JsonObject after = Json.createPatchBuilder()
                .replace("/paths/" + escaped("/api/v1/applications/{id}/take") + "/post/requestBody/content/"
                        + "application~1json/schema", take)
                .remove(first + "/allOf")
                .build().apply(before);
        // FirstMeasurementRequest listed the inherited fields already; without allOf, with them only in allOf:
        JsonObject onlyInherited = Json.createPatchBuilder()
                .replace(first + "/properties", Json.createObjectBuilder()
                        .add("benefitTargetId", json("{\"type\": \"number\"}")).build())
                .build().apply(before);
        assertEquals(List.of(), OpenApiShape.differences(OpenApiShape.of(before), OpenApiShape.of(after)));
        assertEquals(List.of(), OpenApiShape.differences(OpenApiShape.of(before), OpenApiShape.of(onlyInherited)));
    }

    @Test
    void aRecursiveSchemaEndsAtTheCycleAndStillShowsItsChanges() {
        String tree = """
                {"openapi": "3.1.0", "paths": {"/tree": {"get": {"responses": {"200": {"content": {"application/json":
                  {"schema": {"$ref": "#/components/schemas/%1$s"}}}}}}}},
                 "components": {"schemas": {"%1$s": {"type": "object", "properties": {"name": {"type": "string"},
                   "%2$s": {"type": "array", "items": {"$ref": "#/components/schemas/%1$s"}}}}}}}
                """;
        OpenApiShape before = OpenApiShape.parse(tree.formatted("Node", "children"));
        assertEquals(List.of(), OpenApiShape.differences(before, OpenApiShape.parse(tree.formatted("TreeNode", "children"))));
        assertEquals(List.of("GET /tree: response 200 application/json schema changed: property children missing",
                "GET /tree: response 200 application/json schema changed: property kids added"),
                OpenApiShape.differences(before, OpenApiShape.parse(tree.formatted("Node", "kids"))));
        String deeper = tree.formatted("Node", "children").replace("{\"name\": {\"type\": \"string\"},",
                "{\"name\": {\"type\": \"string\"}, \"parent\": {\"$ref\": \"#/components/schemas/Node\"},");
        assertEquals(List.of("GET /tree: response 200 application/json schema changed: property parent added"),
                OpenApiShape.differences(before, OpenApiShape.parse(deeper)));
    }

    @Test
    void pathsUnderTheContextRootAndTestHelpersCanBeLeftAside() {
        String underRoot = BEFORE.replace("\"/api/v1/", "\"/gevinst/api/v1/");
        OpenApiShape live = OpenApiShape.parse(underRoot).underContextRoot("/gevinst/")
                .only(path -> !path.startsWith("/api/v1/test-support"));
        assertEquals(List.of(), OpenApiShape.differences(OpenApiShape.parse(BEFORE), live));
    }
}
