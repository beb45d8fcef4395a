package no.gevinst.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1, described at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Gevinst API", version = "1",
                description = "Grants and benefits realisation for the health-technology funding scheme."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /**
     * Jersey's check of {@code @RolesAllowed} on resource methods, which runs before the request body is read: a role
     * the route is not for gets 403 before anything it sent is looked at (the boundaries check the roles again).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
