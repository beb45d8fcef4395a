package no.gevinst.benefits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.boundary.CurrentApplication;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Benefit realisation's acts: the operation report with the first measurements, later measurements and their
 * corrections, and closing the grant when the reporting period is over.
 */
@Tag(name = "benefits")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class BenefitsResource {

    @Inject
    Benefits benefits;

    @Context
    UriInfo uri;

    @POST
    @Path("{id}/operation/report")
    @Operation(summary = "Report the project in operation (MUNICIPALITY, lead)")
    public CurrentApplication reportOperation(@PathParam("id") long id, @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OperationReportRequest.class),
                    examples = @ExampleObject(name = "inOperation", summary = "In operation, with a first measurement",
                            value = """
                                    {"inOperationSince": "2027-11-01",
                                     "description": "Felles oppfølgingsteneste i drift for Voss, Ulvik og Kvam; 62\
                                     pasientar følgde opp.",
                                     "measurements": [{"benefitTargetId": 5, "measuredOn": "2027-12-31", "value": 44,
                                                       "comment": "Innleggingar siste 12 månader"}]}
                                    """))) OperationReportRequest request) {
        List<Benefits.FirstMeasurement> first = new ArrayList<>();
        for (int i = 0; request != null && request.measurements != null && i < request.measurements.size(); i++) {
            FirstMeasurementRequest m = request.measurements.get(i);
            if (m == null || m.benefitTargetId == null) {
                throw new InvalidInputException(List.of(Violation.of("measurements[" + i + "].benefitTargetId",
                        "validation.required")));
            }
            first.add(new Benefits.FirstMeasurement(m.benefitTargetId, m.report()));
        }
        benefits.reportOperation(id, request == null ? null : request.inOperationSince,
                request == null ? null : request.description, first);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/benefits/{bid}/measurements")
    @Operation(summary = "Report a measurement of a benefit target, or correct one ('replaces'); a number, or"
            + " 'notMeasuredReason' (MUNICIPALITY, lead, from the operation report on)")
    @APIResponse(responseCode = "201", description = "The measurement recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasurementView.class),
                    examples = @ExampleObject(name = "recorded", value = """
                            {"id": 14, "benefitTargetId": 5, "measuredOn": "2028-12-31", "value": 36,
                             "comment": "Innleggingar siste 12 månader",
                             "reportedBy": "kommune.voss", "reportedAt": "2029-01-10T13:05:00+01:00",
                             "replaced": false}
                            """)))
    public Response recordMeasurement(@PathParam("id") long id, @PathParam("bid") long targetId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasurementRequest.class),
                    examples = {
                        @ExampleObject(name = "value", summary = "A measured value", value = """
                                {"measuredOn": "2028-12-31", "value": 36, "comment": "Innleggingar siste 12 månader"}
                                """),
                        @ExampleObject(name = "notMeasured", summary = "No value this time, and why", value = """
                                {"measuredOn": "2028-12-31",
                                 "notMeasuredReason": "Pasientjournalen vart bytt i haust; tala kjem i neste rapport."}
                                """),
                        @ExampleObject(name = "correction", summary = "Corrects measurement 14", value = """
                                {"measuredOn": "2028-12-31", "value": 35, "replaces": 14,
                                 "comment": "Retta etter kontroll mot pasientjournalen"}
                                """)})) MeasurementRequest request) {
        InvalidInputException.requireBody(request);
        Measurement measurement = request.replaces == null ? benefits.report(id, targetId, request.report())
                : benefits.correct(id, request.replaces, request.report());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(measurement.getId())).build())
                .entity(MeasurementView.of(measurement)).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an operational grant whose reporting period is over with every report in (CASE_HANDLER)")
    public CurrentApplication closeGrant(@PathParam("id") long id) {
        benefits.close(id);
        return new CurrentApplication(id);
    }
}
