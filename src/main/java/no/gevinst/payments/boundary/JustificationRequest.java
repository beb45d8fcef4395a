package no.gevinst.payments.boundary;

/** The body of a go at a decision point: why the project goes on. */
public class JustificationRequest {
    public String justification;
}
