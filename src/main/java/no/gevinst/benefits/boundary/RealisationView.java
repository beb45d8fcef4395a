package no.gevinst.benefits.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.benefits.entity.RealisationStatus;

/** How far a benefit target is realised, from its latest measurement. */
@JsonbNillable
public record RealisationView(BigDecimal percent, RealisationStatus status, BigDecimal latestValue,
        LocalDate latestOn) {

    public static RealisationView of(Realisation r) {
        return new RealisationView(r.percent(), r.status(), r.latestValue(), r.latestOn());
    }
}
