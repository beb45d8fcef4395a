package no.gevinst.assessment.boundary;


/** A score against one of the call's criteria, named by its id. */
public class ScoreRequest {
    public Long criterion;
    public Integer score;
    public String comment;
}
