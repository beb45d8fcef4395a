package no.gevinst.applications.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone of a payment plan as a client writes it: the application's, or a recommendation's. */
public class MilestoneRequest {
    @Schema(description = "What the milestone delivers")
    public String title;
    @Schema(description = "When the milestone is due")
    public LocalDate dueDate;
    @Schema(description = "The milestone's part of the grant, before the withheld part is taken off", ref = "Amount")
    public String amount;
}
