package no.gevinst.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.gevinst.applications.boundary.CurrentApplication;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.ReasonRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public CurrentApplication takeForAssessment(@PathParam("id") long id, TakeRequest request) {
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
        assessments.returnForChanges(id, request == null ? null : request.reason);
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/recommend")
    @Operation(summary = "Recommend a grant (amount, payment plan, scores) or a rejection, with a justification"
            + " (CASE_HANDLER)")
    public CurrentApplication recommend(@PathParam("id") long id, RecommendRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(Violation.of("body", "validation.required")));
        }
        assessments.recommend(id, request.recommendation());
        return new CurrentApplication(id);
    }

    @POST
    @Path("{id}/decide")
    @Operation(summary = "Decide on a recommendation (APPROVER, never the recommender); approving a grant commits it"
            + " against the budget year's frame")
    public CurrentApplication decide(@PathParam("id") long id, DecideRequest request) {
        assessments.decide(id, request == null ? null : request.approve, request == null ? null : request.comment);
        return new CurrentApplication(id);
    }

}
