package no.gevinst.benefits.boundary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The municipality's report that the project is in operation. */
public class OperationReportRequest {
    @Schema(description = "Since when the project's service is in real use")
    public LocalDate inOperationSince;
    @Schema(description = "What is in operation")
    public String description;
    @Schema(description = "The first measurement of each benefit target: its id with a value, or a reason it was not"
            + " measured")
    public List<FirstMeasurementRequest> measurements;
}
