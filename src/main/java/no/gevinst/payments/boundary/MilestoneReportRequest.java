package no.gevinst.payments.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The municipality's report that a milestone is done. */
public class MilestoneReportRequest {
    @Schema(description = "When the milestone was completed")
    public LocalDate completedOn;
    @Schema(description = "What was delivered")
    public String description;
}
