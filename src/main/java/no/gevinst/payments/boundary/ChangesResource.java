package no.gevinst.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.gevinst.platform.entity.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Change requests to a grant's plan (endringsmeldinger), and the versions of the plan they made. */
@Tag(name = "payments")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ChangesResource {

    @Inject
    GrantChanges changes;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/changes")
    @Operation(summary = "The grant's change requests, oldest first (the application's readers)")
    public List<ChangeRequestView> listChanges(@PathParam("id") long id) {
        return changes.list(id).stream().map(ChangeRequestView::of).toList();
    }

    @POST
    @Path("{id}/changes")
    @Operation(summary = "Ask to change the grant's plan, with a justification: dates, the operation date, the split "
            + "between milestones not yet verified, milestones added or removed, a lower or higher amount "
            + "(MUNICIPALITY, lead)")
    @APIResponse(responseCode = "201", description = "The change request, waiting for a case handler",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    public Response requestChange(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeRequestBody.class),
                    examples = @ExampleObject(name = "later", summary = "Later dates, and the split moved", value = """
                            {"justification": "Leverandøren er forsinka; opplæringa tek lengre tid.",
                             "plannedOperationDate": "2028-03-01",
                             "milestones": [{"id": 301, "title": "Opplæring", "dueDate": "2027-11-01",
                                             "amount": "150000.00"},
                                            {"id": 302, "title": "I drift", "dueDate": "2028-02-01",
                                             "amount": "250000.00"}]}
                            """))) ChangeRequestBody request) {
        InvalidInputException.requireBody(request);
        var created = changes.request(id, request.change(), request.justification);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ChangeRequestView.of(created)).build();
    }

    @POST
    @Path("{id}/changes/{cid}/withdraw")
    @Operation(summary = "Withdraw a change request before it is decided (MUNICIPALITY, lead)")
    public ChangeRequestView withdrawChange(@PathParam("id") long id, @PathParam("cid") long changeId) {
        return ChangeRequestView.of(changes.withdraw(id, changeId));
    }

    @POST
    @Path("{id}/changes/{cid}/recommend")
    @Operation(summary = "Recommend approving or rejecting a change request, with a comment; an amount, operation "
            + "date or milestones recommend that change instead (CASE_HANDLER)")
    public ChangeRequestView recommendChange(@PathParam("id") long id, @PathParam("cid") long changeId,
            ChangeRecommendation request) {
        InvalidInputException.requireBody(request);
        ChangeRequestBody adjustment = request.adjustment();
        return ChangeRequestView.of(changes.recommend(id, changeId, request.approve, request.comment,
                adjustment == null ? null : adjustment.change()));
    }

    @POST
    @Path("{id}/changes/{cid}/decide")
    @Operation(summary = "Decide a recommended change request: approving makes the change, a new version of the "
            + "plan, committing a higher amount under the frame (APPROVER, not its recommender)")
    public ChangeRequestView decideChange(@PathParam("id") long id, @PathParam("cid") long changeId,
            ChangeDecision request) {
        InvalidInputException.requireBody(request);
        return ChangeRequestView.of(changes.decide(id, changeId, request.approve, request.comment));
    }

    @GET
    @Path("{id}/plan-versions")
    @Operation(summary = "The versions of the grant's plan: the plan as granted and each approved change, the first "
            + "first (none until a change is approved)")
    public List<PlanVersionView> listPlanVersions(@PathParam("id") long id) {
        return changes.versions(id).stream().map(PlanVersionView::of).toList();
    }
}
