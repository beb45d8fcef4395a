package no.gevinst.payments.boundary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case handler's recommendation on a change request: approve or reject, with a comment; with an amount, an
 * operation date or milestones, the change they recommend approving instead of the one asked for.
 */
public class ChangeRecommendation {
    public Boolean approve;
    public String comment;
    @Schema(ref = "Amount")
    public String amount;
    public LocalDate plannedOperationDate;
    public List<ChangeMilestoneRequest> milestones;

    /** The adjustment, or null when the recommendation keeps the change asked for. */
    ChangeRequestBody adjustment() {
        ChangeRequestBody body = new ChangeRequestBody();
        body.amount = amount;
        body.plannedOperationDate = plannedOperationDate;
        body.milestones = milestones;
        return body.changesSomething() ? body : null;
    }
}
