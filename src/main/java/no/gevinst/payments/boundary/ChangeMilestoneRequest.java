package no.gevinst.payments.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone of a changed plan as a client writes it: an existing one by its id, or a new one without. */
public class ChangeMilestoneRequest {
    public Long id;
    public String title;
    public LocalDate dueDate;
    @Schema(ref = "Amount")
    public String amount;
}
