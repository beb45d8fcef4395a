package no.gevinst.assessment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approver's decision on a recommendation. */
public class DecideRequest {
    @Schema(required = true)
    public Boolean approve;
    public String comment;
}
