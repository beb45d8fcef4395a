package no.gevinst.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.boundary.CurrentApplication;
import java.util.List;
import no.gevinst.payments.entity.FollowUpLetter;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.platform.rest.Downloads;
import no.gevinst.platform.rest.ReasonRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The acts on a grant: the municipality's answer, milestone reports and their verification, the confirmation of
 * operation, cancellation, the decisions at decision points, and the letters.
 */
@Tag(name = "payments")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class GrantsResource {

    @Inject
    Grants grants;

    @Inject
    Letters letters;

    @Inject
    Applications applications;

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept the grant and its conditions by the acceptance deadline (MUNICIPALITY, lead)")
    public CurrentApplication acceptGrant(@PathParam("id") long id) {
        grants.accept(id);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline the grant; it lapses and its amount is freed (MUNICIPALITY, lead)")
    public CurrentApplication declineGrant(@PathParam("id") long id) {
        grants.decline(id);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/report")
    @Operation(summary = "Report a milestone of the grant done (MUNICIPALITY, lead)")
    public CurrentApplication reportMilestone(@PathParam("id") long id, @PathParam("mid") long milestoneId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MilestoneReportRequest.class),
                    examples = @ExampleObject(name = "completed", value = """
                            {"completedOn": "2027-03-28",
                             "description": "Avtale med leverandør signert; 40 sjukepleiarar har fått opplæring."}
                            """))) MilestoneReportRequest request) {
        grants.reportMilestone(id, milestoneId, request == null ? null : request.completedOn,
                request == null ? null : request.description);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/verify")
    @Operation(summary = "Verify a reported milestone, proposing its payment less the withheld part (CASE_HANDLER)")
    public CurrentApplication verifyMilestone(@PathParam("id") long id, @PathParam("mid") long milestoneId) {
        grants.verifyMilestone(id, milestoneId);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/send-back")
    @Operation(summary = "Send a reported milestone back to the municipality with a reason (CASE_HANDLER)")
    public CurrentApplication sendBackMilestone(@PathParam("id") long id, @PathParam("mid") long milestoneId,
            ReasonRequest request) {
        grants.sendBackMilestone(id, milestoneId, ReasonRequest.reasonOf(request));
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/operation/confirm")
    @Operation(summary = "Confirm the operation, proposing the release of all withheld money (CASE_HANDLER)")
    public CurrentApplication confirmOperation(@PathParam("id") long id) {
        grants.confirmOperation(id);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel the grant: withheld money forfeited, unpaid milestones freed (APPROVER)")
    public CurrentApplication cancelGrant(@PathParam("id") long id, ReasonRequest request) {
        grants.cancel(id, ReasonRequest.reasonOf(request));
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/go")
    @Operation(summary = "Decide at a verified decision point that the project goes on, with a justification "
            + "(APPROVER, neither its verifier nor its payment's proposer)")
    public CurrentApplication goOn(@PathParam("id") long id, @PathParam("mid") long milestoneId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JustificationRequest.class),
                    examples = @ExampleObject(name = "go", value = """
                            {"justification": "Pilotering i to soner viser færre akuttinnleggelser; fortsett utrullingen."}
                            """))) JustificationRequest request) {
        grants.goOn(id, milestoneId, request == null ? null : request.justification);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/stop")
    @Operation(summary = "Stop the grant at a verified decision point, with a reason: it ends as a cancellation "
            + "(APPROVER, neither its verifier nor its payment's proposer)")
    public CurrentApplication stop(@PathParam("id") long id, @PathParam("mid") long milestoneId,
            ReasonRequest request) {
        grants.stop(id, milestoneId, ReasonRequest.reasonOf(request));
        return new CurrentApplication(id);
    }

    @GET
    @Path("{id}/letters")
    @Operation(summary = "The letters issued after the grant letter (decisions at decision points), oldest first")
    public List<FollowUpLetterView> followUpLetters(@PathParam("id") long id) {
        return letters.followUpLetters(id).stream().map(FollowUpLetterView::of).toList();
    }

    @GET
    @Path("{id}/letters/{lid}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A letter issued after the grant letter, as issued, in the municipality's language form")
    @APIResponse(responseCode = "200", description = "The letter (PDF) as issued",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response followUpLetter(@PathParam("id") long id, @PathParam("lid") long letterId) {
        FollowUpLetter letter = letters.followUpLetter(id, letterId);
        return Downloads.pdf(letter.getContent(), letter.fileName(applications.get(id)));
    }

    @GET
    @Path("{id}/letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The grant letter as issued at the decision, in the municipality's language form")
    @APIResponse(responseCode = "200", description = "The grant letter (PDF) as issued",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response grantLetter(@PathParam("id") long id) {
        IssuedLetter letter = letters.letter(id);
        return Downloads.pdf(letter.getContent(), IssuedLetter.fileName(applications.get(id)));
    }

}
