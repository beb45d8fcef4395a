package no.gevinst.reports.entity;

import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.TechnologyCategory;

/** What a report is narrowed to; null is "all". County is the county's number. */
public record ReportFilter(Integer budgetYear, Long callId, String county, TechnologyCategory category,
        ApplicationStatus status) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null);
}
