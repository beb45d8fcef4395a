package no.gevinst.opendata.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.gevinst.platform.entity.Checksums;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Violation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open data, without login: the published grants as a 360Giving data package and as CSV, of every budget year or
 * one. Each answer carries an {@code ETag} (of its bytes) and {@code Last-Modified} (the latest change to what it
 * holds), so a harvester asks again cheaply ({@code 304}); and it may be cached for five minutes. The document says
 * that it needs no credentials (an empty security requirement).
 */
@Tag(name = "open data")
@Path("open")
@RequestScoped
@SecurityRequirementsSet
public class OpenGrantsResource {

    static final String CSV = "text/csv";
    private static final String NOT_MODIFIED = "Not changed since the copy that If-None-Match (its ETag) or"
            + " If-Modified-Since names";

    @Inject
    OpenGrants openGrants;

    @GET
    @Path("grants")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @Operation(operationId = "openGrants", summary = "The published grants as a 360Giving data package, or as CSV"
            + " with Accept: text/csv (no login)",
            description = "Every decided grant that was not declined or let lapse: amount awarded, payments sent,"
                    + " recipient (NO-BRC-<organisation number>), partner municipalities, call and realised benefits"
                    + " (gevinstBenefits). The JSON is valid against the 360Giving Data Standard 1.4 package schema;"
                    + " the CSV has a row per grant with 360Giving's column headings. 404 when no grant is published"
                    + " (for the year).")
    @APIResponse(responseCode = "200", description = "A 360Giving data package, or the CSV table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "https://standard.threesixtygiving.org/en/latest/technical/reference/")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response grants(@Parameter(description = "a budget year, e.g. 2026; all years when left out")
            @QueryParam("year") String year, @Context Request request) {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf(CSV)).add().build());
        if (chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(CSV))) {
            return table(year, request);
        }
        return answer(year, request, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"), openGrants::asGivingPackage);
    }

    private Response table(String year, Request request) {
        return answer(year, request, MediaType.valueOf(CSV + ";charset=UTF-8;header=present"), openGrants::asTable);
    }

    @GET
    @Path("grants.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @Operation(operationId = "openGrantsCsvFile", summary = "The same CSV as a file to download (no login)")
    @APIResponse(responseCode = "200", description = "CSV with 360Giving's column headings",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response grantsCsvFile(@QueryParam("year") String year, @Context Request request) {
        return Response.fromResponse(table(year, request)).header("Content-Disposition",
                "attachment; filename=\"gevinst-tilskudd" + (year == null || year.isBlank() ? "" : "-" + year.strip())
                        + ".csv\"").build();
    }

    private Response answer(String year, Request request, MediaType type,
            Function<Integer, Optional<OpenGrants.Publication>> publish) {
        OpenGrants.Publication publication = publish.apply(budgetYear(year)).orElseThrow(
                () -> new NotFoundException("Published grants" + (year == null ? "" : " of " + year)));
        EntityTag tag = new EntityTag(Checksums.sha256(publication.body()));
        Date modified = Date.from(publication.modified().truncatedTo(ChronoUnit.SECONDS));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        if (unchanged != null && unchanged.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            // an If-Match or If-Unmodified-Since of another version: refused as every refusal is, as a problem
            throw new StaleVersionException("Published grants" + (year == null ? "" : " of " + year));
        }
        return (unchanged != null ? unchanged : Response.ok(publication.body(), type)).tag(tag).lastModified(modified)
                .cacheControl(cache).header("Access-Control-Allow-Origin", "*").header("Vary", "Accept").build();
    }

    private static Integer budgetYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new InvalidInputException(List.of(Violation.of("year", "validation.number")));
        }
        return Integer.valueOf(year.strip());
    }
}
