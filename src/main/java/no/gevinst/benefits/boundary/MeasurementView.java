package no.gevinst.benefits.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.platform.rest.JsonValues;

/** A reported measurement of a benefit target; {@code replaces} names the one it corrects. */
@JsonbNillable
public record MeasurementView(long id, long benefitTargetId, LocalDate measuredOn, BigDecimal value,
        String notMeasuredReason, String comment, String reportedBy, OffsetDateTime reportedAt, Long replaces,
        boolean replaced) {

    public static MeasurementView of(Measurement m) {
        return new MeasurementView(m.getId(), m.getTarget().getId(), m.getMeasuredOn(), m.getValue(),
                m.getNotMeasuredReason(), m.getComment(), m.getReportedBy(), JsonValues.time(m.getReportedAt()),
                m.getReplaces() == null ? null : m.getReplaces().getId(), m.isReplaced());
    }
}
