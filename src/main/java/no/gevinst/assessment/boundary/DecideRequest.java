package no.gevinst.assessment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approver's decision on a recommendation. */
public class DecideRequest {
    @Schema(description = "Required. true: the recommendation becomes the decision, and a grant is committed against"
            + " the frame; false: it goes back to the case handler for a new recommendation")
    public Boolean approve;
    @Schema(description = "The approver's comment on the decision")
    public String comment;
}
