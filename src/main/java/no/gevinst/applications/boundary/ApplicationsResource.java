package no.gevinst.applications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.gevinst.applications.entity.Application;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PreconditionRequiredException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The applicant's acts on its application: create, change, submit, withdraw. Each answers with the application as it
 * then stands ({@link CurrentApplication}); reading applications is the {@code cases} component's.
 */
@Tag(name = "applications")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ApplicationsResource {

    @Inject
    Applications applications;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Role.Names.MUNICIPALITY)
    @Operation(summary = "Create a draft application for the caller's municipality (MUNICIPALITY)")
    @APIResponse(responseCode = "201", description = "The draft created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CurrentApplication.class)))
    public Response createApplication(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationRequest.class),
            examples = @ExampleObject(name = "joint", summary = "A joint application, complete enough to submit",
                    value = """
                            {"callId": 1, "title": "Digital heimeoppfølging for heimebuande med kols",
                             "category": "DIGITAL_HOME_FOLLOW_UP",
                             "summary": "Voss, Ulvik og Kvam tek i bruk digital heimeoppfølging for innbyggjarar\
                             med kols.",
                             "serviceChange": "Pasientane måler sjølve puls, oksygenmetting og symptom heime;\
                             sjukepleiarar følgjer med frå ei felles oppfølgingsteneste og ringjer ut når målingane\
                             tilseier det.",
                             "partnerMunicipalities": ["4620", "4622"],
                             "contactName": "Synnøve Lid", "contactEmail": "synnove.lid@voss.example",
                             "contactPhone": "+47 56 51 94 00", "bankAccount": "86011117947",
                             "eligibleCost": "3200000.00", "ownContribution": "1700000.00",
                             "requestedAmount": "1500000.00",
                             "plannedStartDate": "2027-02-01", "plannedOperationDate": "2027-11-01",
                             "milestones": [
                               {"title": "Avtale med leverandør og opplæring", "dueDate": "2027-04-01",
                                "amount": "600000.00"},
                               {"title": "Første 50 pasientar i oppfølging", "dueDate": "2027-09-01",
                                "amount": "900000.00"}],
                             "benefitTargets": [
                               {"indicator": "Innleggingar for kols-forverring per år", "kind": "QUALITY",
                                "unit": "innleggingar per år", "baseline": 48, "baselineDate": "2026-12-31",
                                "target": 30, "targetDate": "2029-12-31", "owner": "Kommunalsjef helse og omsorg"}]}
                            """))) ApplicationRequest request) {
        if (request == null || request.callId == null) {
            throw new InvalidInputException(List.of(Violation.of("callId", "validation.required")),
                    Application.LABELS);
        }
        Application application = applications.create(request.callId, request.content());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(application.getId())).build())
                .entity(new CurrentApplication(application.getId())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft or returned application (MUNICIPALITY); If-Match must carry its version")
    public CurrentApplication reviseApplication(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            ApplicationRequest request) {
        long expectedVersion = PreconditionRequiredException.version(ifMatch);
        InvalidInputException.requireBody(request);
        applications.revise(id, expectedVersion, request.content());
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a complete application while its call is open (MUNICIPALITY)")
    public CurrentApplication submitApplication(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        applications.submit(id, optionalVersion(ifMatch));
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw an application before a decision (MUNICIPALITY)")
    public CurrentApplication withdrawApplication(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        applications.withdraw(id, optionalVersion(ifMatch));
        return new CurrentApplication(id);
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : PreconditionRequiredException.version(ifMatch);
    }
}
