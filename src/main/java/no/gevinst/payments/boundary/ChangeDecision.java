package no.gevinst.payments.boundary;

/** An approver's decision on a recommended change request: approve or reject, with a comment for the letter. */
public class ChangeDecision {
    public Boolean approve;
    public String comment;
}
