package no.gevinst.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the API document says beyond the resources' annotations and types (a MicroProfile OpenAPI filter, named in
 * {@code microprofile-config.properties}): that every operation answers its refusals and failures as
 * {@code application/problem+json} (RFC 9457) of one schema, {@code Problem}, as {@link ProblemMapper} writes them.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema(PROBLEM, problem());
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
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

    private static APIResponse answer(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problems.MEDIA_TYPE, OASFactory.createMediaType()
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
