package no.gevinst.benefits.boundary;


/** A benefit target's first measurement, reported with the operation. */
public class FirstMeasurementRequest extends MeasurementRequest {
    public Long benefitTargetId;
}
