package no.gevinst.platform.rest;

/** The body of an act that needs only a reason: returning, sending back, rejecting, cancelling. */
public class ReasonRequest {
    public String reason;

    /** The reason given, or null when the request had no body (the act then names the missing reason). */
    public static String reasonOf(ReasonRequest request) {
        return request == null ? null : request.reason;
    }
}
