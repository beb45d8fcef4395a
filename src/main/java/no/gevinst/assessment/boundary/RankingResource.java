package no.gevinst.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A call's ranking: its assessed applications against its frame, with the cut line. */
@Tag(name = "assessment")
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RankingResource {

    @Inject
    Assessments assessments;

    @GET
    @Path("{id}/ranking")
    @Operation(summary = "The call's assessed applications by weighted score, with running totals against the frame,"
            + " the cut line and totals per county and category (CASE_HANDLER, APPROVER, MANAGEMENT)")
    public RankingView callRanking(@PathParam("id") long id) {
        return RankingView.of(id, assessments.ranking(id));
    }
}
