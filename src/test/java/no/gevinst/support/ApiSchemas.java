package no.gevinst.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.Map;

/**
 * The schemas of an API document, as the checks of responses ({@link ApiContract}) and of the document's examples read
 * them: OpenAPI 3.1's dialect of JSON Schema, with formats ({@code date}, {@code date-time}) asserted.
 */
public final class ApiSchemas {

    private static final String DOCUMENT = "https://gevinst.invalid/openapi.json";

    private final SchemaRegistry registry;

    /** @param document the API document as JSON text */
    public ApiSchemas(String document) {
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(DOCUMENT, document))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The schema at a JSON pointer in the document, e.g. {@code /components/schemas/ApplicationView}. */
    public Schema at(String pointer) {
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
    }
}
