package no.gevinst.platform.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an act that needs only a reason: returning, sending back, rejecting, cancelling. */
public class ReasonRequest {
    @Schema(description = "Why: the reason is kept with the act and shown to those it concerns")
    public String reason;
}
