package no.gevinst.assessment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A score against one of the call's criteria, named by its id. */
public class ScoreRequest {
    @Schema(description = "The criterion's id, from the call's criteria")
    public Long criterion;
    @Schema(description = "1 (weak) to 6 (excellent)")
    public Integer score;
    @Schema(description = "A comment on the score")
    public String comment;
}
