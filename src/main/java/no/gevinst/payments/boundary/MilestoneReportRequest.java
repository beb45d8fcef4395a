package no.gevinst.payments.boundary;

import java.time.LocalDate;

/** The municipality's report that a milestone is done. */
public class MilestoneReportRequest {
    public LocalDate completedOn;
    public String description;
}
