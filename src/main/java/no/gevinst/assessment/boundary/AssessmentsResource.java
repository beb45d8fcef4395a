package no.gevinst.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.gevinst.applications.boundary.CurrentApplication;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.rest.ReasonRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The directorate's acts on a submitted application: take, return, recommend, decide. */
@Tag(name = "assessment")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    @POST
    @Path("{id}/take")
    @Operation(summary = "Take a submitted application for assessment, declaring impartiality (CASE_HANDLER);"
            + " impartial: false declares a conflict of interest, kept for good, and is answered 409")
    public CurrentApplication takeForAssessment(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TakeRequest.class),
                    examples = {
                        @ExampleObject(name = "impartial", summary = "Impartial: the case is taken",
                                value = "{\"impartial\": true}"),
                        @ExampleObject(name = "conflict", summary = "A conflict of interest declared: answered 409",
                                value = "{\"impartial\": false}")})) TakeRequest request) {
        if (request != null && Boolean.FALSE.equals(request.impartial)) {
            // The declaration is an act of its own, committed; the refusal to take the case follows it.
            assessments.declareConflict(id);
            throw new DomainException("assessment.notImpartial");
        }
        assessments.take(id, request != null && Boolean.TRUE.equals(request.impartial));
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return an application for changes, with a reason the municipality sees (CASE_HANDLER)")
    public CurrentApplication returnForChanges(@PathParam("id") long id, ReasonRequest request) {
        assessments.returnForChanges(id, ReasonRequest.reasonOf(request));
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/recommend")
    @Operation(summary = "Recommend a grant (amount, payment plan, scores) or a rejection, with a justification"
            + " (CASE_HANDLER)")
    public CurrentApplication recommend(@PathParam("id") long id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendRequest.class),
            examples = {
                @ExampleObject(name = "grant", summary = "A grant lower than requested, with its payment plan",
                        value = """
                        {"outcome": "GRANT", "amount": "1000000.00",
                         "milestones": [
                           {"title": "Integrasjon testet", "dueDate": "2027-05-01", "amount": "400000.00"},
                           {"title": "I bruk på legevakten", "dueDate": "2027-09-15", "amount": "600000.00"}],
                         "scores": [{"criterion": 1, "score": 5}, {"criterion": 2, "score": 4},
                                    {"criterion": 3, "score": 5, "comment": "Lett å overføre til andre legevakter"}],
                         "justification": "Godt forankret og lett å overføre til andre legevakter; noe lavere beløp\
                         fordi opplæringen dekkes av eksisterende midler."}
                        """),
                @ExampleObject(name = "reject", summary = "A rejection", value = """
                        {"outcome": "REJECT",
                         "scores": [{"criterion": 1, "score": 2}, {"criterion": 2, "score": 3},
                                    {"criterion": 3, "score": 2}],
                         "justification": "Gevinstene er ikke målbare, og prosjektet mangler forankring i tjenesten."}
                        """)})) RecommendRequest request) {
        InvalidInputException.requireBody(request);
        assessments.recommend(id, request.recommendation());
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/decide")
    @Operation(summary = "Decide on a recommendation (APPROVER, never the recommender); approving a grant commits it"
            + " against the budget year's frame")
    public CurrentApplication decide(@PathParam("id") long id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecideRequest.class),
            examples = {
                @ExampleObject(name = "approve", summary = "The recommendation becomes the decision",
                        value = "{\"approve\": true, \"comment\": \"Innvilget som anbefalt.\"}"),
                @ExampleObject(name = "sendBack", summary = "Back to the case handler for a new recommendation",
                        value = "{\"approve\": false, \"comment\": \"Beløpet må vurderes på nytt mot rammen.\"}")}))
            DecideRequest request) {
        assessments.decide(id, request == null ? null : request.approve, request == null ? null : request.comment);
        return new CurrentApplication(id);
    }

}
