package no.gevinst.assessment.boundary;


/** The approver's decision on a recommendation. */
public class DecideRequest {
    public Boolean approve;
    public String comment;
}
