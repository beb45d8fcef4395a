package no.gevinst.applications.boundary;

import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.TechnologyCategory;

/** Narrows a list of applications; a null field does not narrow. */
public record ApplicationFilter(ApplicationStatus status, Long callId, Integer budgetYear, String municipality,
        String county, TechnologyCategory category) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null, null, null);
    }
}
