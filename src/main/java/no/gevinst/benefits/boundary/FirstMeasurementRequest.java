package no.gevinst.benefits.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit target's first measurement, reported with the operation. */
public class FirstMeasurementRequest extends MeasurementRequest {
    @Schema(description = "The benefit target measured")
    public Long benefitTargetId;
}
