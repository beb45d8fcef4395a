package no.gevinst.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the API document says beyond the resources' annotations and types: a MicroProfile OpenAPI filter that SmallRye
 * OpenAPI's scanner runs at build time (pom.xml), so that the document Payara serves is whole as it is written. It is
 * compiled on its own for Java 17, on which Maven itself may run, and reads nothing of the application's classes.
 * <ul>
 * <li>every operation answers its refusals and failures as {@code application/problem+json} (RFC 9457) of one schema,
 * {@code Problem}, as {@code ProblemMapper} writes them;</li>
 * <li>the answer of an act on an application, {@code CurrentApplication} in the code, is the whole application
 * (written so by the {@code cases} component, which the acting components lie below);</li>
 * <li>a property that refers to another schema is just that schema, and one that a schema does not list as required
 * may be absent or null;</li>
 * <li>every property of every schema is described, from {@value #DESCRIPTIONS}: the views and requests stay plain
 * Java, and the build stops on a property without a description or a description of a property that is not
 * there.</li>
 * </ul>
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String ACT_ANSWER = "CurrentApplication";
    private static final String APPLICATION = "ApplicationView";
    static final String DESCRIPTIONS = "META-INF/openapi-descriptions.properties";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema(PROBLEM, problem());
        if (document.getComponents().getSchemas() != null) {
            document.getComponents().removeSchema(ACT_ANSWER);
            document.getComponents().getSchemas().values().forEach(ApiDocument::tidyProperties);
            describeProperties(document.getComponents().getSchemas());
        }
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            operation.getResponses().getAPIResponses().values().stream()
                    .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                    .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                    .filter(media -> media.getSchema() != null)
                    .forEach(media -> media.setSchema(answerSchema(media.getSchema())));
            if (!operation.getResponses().hasAPIResponse("4XX")) {
                operation.getResponses().addAPIResponse("4XX", answer("Refused: a bad value (400, with errors per"
                        + " field), no or wrong credentials (401), a role that may not (403), nothing there or not"
                        + " yours to see (404), an act the state does not allow or a concurrent change (409), a"
                        + " changed version (412), a body too large (413), a format not taken (415), or If-Match"
                        + " missing (428)."));
            }
            if (!operation.getResponses().hasAPIResponse("5XX")) {
                operation.getResponses().addAPIResponse("5XX", answer("An unexpected error (500, logged), or the"
                        + " database not answering (503, with Retry-After)."));
            }
        }));
    }

    /** Each schema property's description, from {@value #DESCRIPTIONS} ("Schema.property=description"). */
    private static void describeProperties(Map<String, Schema> schemas) {
        Properties descriptions = new Properties();
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(DESCRIPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTIONS + " is not on the class path");
            }
            descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> unused = new TreeSet<>(descriptions.stringPropertyNames());
        List<String> faults = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null || name.equals(PROBLEM)) {
                return;
            }
            schema.getProperties().forEach((property, value) -> {
                String key = name + "." + property;
                String description = descriptions.getProperty(key);
                if (description == null) {
                    faults.add(key + " has no description in " + DESCRIPTIONS);
                } else if (value.getDescription() != null) {
                    faults.add(key + " is described in its annotation too");
                } else {
                    value.setDescription(description);
                    unused.remove(key);
                }
            });
        });
        unused.forEach(key -> faults.add(DESCRIPTIONS + " describes " + key + ", which the document does not have"));
        if (!faults.isEmpty()) {
            throw new IllegalStateException("The API document's descriptions: " + String.join("; ", faults));
        }
    }

    /** The act answer, {@code CurrentApplication} in the code, is written as the whole application. */
    private static Schema answerSchema(Schema schema) {
        return schema.getRef() != null && schema.getRef().endsWith("/" + ACT_ANSWER)
                ? OASFactory.createSchema().ref(APPLICATION) : schema;
    }

    /**
     * A property that refers to another schema is that schema (the scanner writes a type and an example beside the
     * reference from the Java field, such as {@code object} for an enum read from a string); a property the schema
     * does not require may also be null (the views write what is not filled in as null).
     */
    private static void tidyProperties(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        new LinkedHashMap<>(schema.getProperties()).forEach((name, property) -> {
            boolean optional = !required.contains(name);
            if (property.getRef() != null) {
                Schema reference = OASFactory.createSchema().ref(property.getRef());
                schema.addProperty(name, !optional ? reference.description(property.getDescription())
                        : OASFactory.createSchema().description(property.getDescription())
                                .anyOf(List.of(reference, OASFactory.createSchema().addType(SchemaType.NULL))));
            } else if (optional && property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
                if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                    property.addEnumeration(null);
                }
            }
        });
    }

    private static APIResponse answer(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A problem (RFC 9457), in the language of Accept-Language (nb, nn or en).")
                .addProperty("type", text("urn:gevinst:problem: and the problem's key, or about:blank")
                        .format("uri-reference").example("urn:gevinst:problem:grant.acceptanceDeadlinePassed"))
                .addProperty("title", text("What kind of problem the status is").example("Not allowed now"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER)
                        .description("The HTTP status").example(409))
                .addProperty("detail", text("What went wrong in this case")
                        .example("The acceptance deadline 15.01.2027 has passed."))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("With 400: each wrong field and what is wrong with it")
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT)
                                .addProperty("field", text("The field, as the request names it"))
                                .addProperty("message", text("What is wrong with it, naming the field's label"))
                                .addRequired("field").addRequired("message")))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
