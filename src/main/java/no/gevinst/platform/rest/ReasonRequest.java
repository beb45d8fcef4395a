package no.gevinst.platform.rest;


/** The body of an act that needs only a reason: returning, sending back, rejecting, cancelling. */
public class ReasonRequest {
    public String reason;
}
