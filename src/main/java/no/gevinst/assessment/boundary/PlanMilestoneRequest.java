package no.gevinst.assessment.boundary;

import no.gevinst.applications.boundary.MilestoneRequest;

/** A milestone of a recommended plan as a client writes it: the applicant's fields, and whether it is a decision point. */
public class PlanMilestoneRequest extends MilestoneRequest {
    public Boolean decisionPoint;
}
