package no.gevinst.benefits.boundary;

import java.time.LocalDate;
import java.util.List;

/** The municipality's report that the project is in operation. */
public class OperationReportRequest {
    public LocalDate inOperationSince;
    public String description;
    public List<FirstMeasurementRequest> measurements;
}
