package no.gevinst.assessment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Taking a case: {@code impartial} is the case handler's declaration of impartiality (habilitet). */
public class TakeRequest {
    @Schema(description = "The case handler's declaration of impartiality (habilitet): true takes the case; false"
            + " declares a conflict of interest, kept for good, and is answered 409")
    public Boolean impartial;
}
