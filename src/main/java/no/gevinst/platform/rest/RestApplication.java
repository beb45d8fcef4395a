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
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user account of Gevinst, as for the pages.")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from Maskinporten (or the issuer configured in its place) for Gevinst's audience."
                + " Scope gevinst:applications: a municipality's system acts for the municipality whose organisation"
                + " number the token's consumer claim names, with the access of its users. Scope gevinst:accounting:"
                + " the directorate's accounting system reads payments and batches and fetches their pain.001 files."
                + " A token that is not valid is answered 401 with WWW-Authenticate: Bearer error=\"invalid_token\";"
                + " one whose scope allows nothing here 403 with error=\"insufficient_scope\".")
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
