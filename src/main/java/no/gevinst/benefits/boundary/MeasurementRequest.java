package no.gevinst.benefits.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.benefits.entity.Measurement;

/** A measurement as a client reports it; {@code replaces} names the measurement it corrects. */
public class MeasurementRequest {
    public LocalDate measuredOn;
    public BigDecimal value;
    public String notMeasuredReason;
    public String comment;
    public Long replaces;

    Measurement.Report report() {
        return new Measurement.Report(measuredOn, value, notMeasuredReason, comment);
    }
}
