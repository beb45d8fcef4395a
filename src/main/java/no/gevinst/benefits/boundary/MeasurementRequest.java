package no.gevinst.benefits.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.benefits.entity.Measurement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measurement as a client reports it; {@code replaces} names the measurement it corrects. */
public class MeasurementRequest {
    @Schema(description = "When the value was measured")
    public LocalDate measuredOn;
    @Schema(description = "The measured value, in the benefit target's unit; leave it out and give notMeasuredReason"
            + " when there is none")
    public BigDecimal value;
    @Schema(description = "Why there is no value this time, instead of value")
    public String notMeasuredReason;
    @Schema(description = "A comment on the measurement")
    public String comment;
    @Schema(description = "The id of the measurement this one corrects")
    public Long replaces;

    Measurement.Report report() {
        return new Measurement.Report(measuredOn, value, notMeasuredReason, comment);
    }
}
