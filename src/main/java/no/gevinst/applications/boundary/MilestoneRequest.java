package no.gevinst.applications.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone of a payment plan as a client writes it: the application's, or a recommendation's. */
public class MilestoneRequest {
    public String title;
    public LocalDate dueDate;
    @Schema(ref = "Amount")
    public String amount;
}
