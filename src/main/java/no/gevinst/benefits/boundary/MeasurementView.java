package no.gevinst.benefits.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.platform.rest.JsonValues;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported measurement of a benefit target; {@code replaces} names the one it corrects. */
@JsonbNillable
public record MeasurementView(
        @Schema(description = "The measurement's id") long id,
        @Schema(description = "The benefit target measured") long benefitTargetId,
        @Schema(description = "When the value was measured") LocalDate measuredOn,
        @Schema(description = "The measured value, in the benefit target's unit; null when not measured")
        BigDecimal value,
        @Schema(description = "Why there is no value this time") String notMeasuredReason,
        @Schema(description = "A comment on the measurement") String comment,
        @Schema(description = "The user who reported it") String reportedBy,
        @Schema(description = "When it was reported") OffsetDateTime reportedAt,
        @Schema(description = "The id of the measurement this one corrects") Long replaces,
        @Schema(description = "Whether a later measurement corrects this one") boolean replaced) {

    public static MeasurementView of(Measurement m) {
        return new MeasurementView(m.getId(), m.getTarget().getId(), m.getMeasuredOn(), m.getValue(),
                m.getNotMeasuredReason(), m.getComment(), m.getReportedBy(), JsonValues.time(m.getReportedAt()),
                m.getReplaces() == null ? null : m.getReplaces().getId(), m.isReplaced());
    }
}
