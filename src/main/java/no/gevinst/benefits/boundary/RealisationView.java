package no.gevinst.benefits.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.benefits.entity.RealisationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a benefit target is realised, from its latest measurement. */
@JsonbNillable
public record RealisationView(
        @Schema(description = "(latest value - baseline) / (target - baseline) x 100") BigDecimal percent,
        @Schema(description = "How the target is doing against the straight path from the operation date to its target"
                + " date")
        RealisationStatus status,
        @Schema(description = "The latest measured value") BigDecimal latestValue,
        @Schema(description = "When the latest value was measured") LocalDate latestOn) {

    public static RealisationView of(Realisation r) {
        return new RealisationView(r.percent(), r.status(), r.latestValue(), r.latestOn());
    }
}
