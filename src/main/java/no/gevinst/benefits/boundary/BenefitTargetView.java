package no.gevinst.benefits.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.benefits.entity.Realisation;

/** A benefit target; after the grant also its measurements (replaced ones included) and realisation. */
@JsonbNillable
public record BenefitTargetView(long id, String indicator, BenefitKind kind, String unit, BigDecimal baseline,
        LocalDate baselineDate, BigDecimal target, LocalDate targetDate, String owner, RealisationView realisation,
        List<MeasurementView> measurements) {

    public static BenefitTargetView of(BenefitTarget target) {
        return of(target, null, null);
    }

    public static BenefitTargetView of(BenefitTarget target, Realisation realisation, List<Measurement> measurements) {
        return new BenefitTargetView(target.getId(), target.getIndicator(), target.getKind(), target.getUnit(),
                target.getBaseline(), target.getBaselineDate(), target.getTarget(), target.getTargetDate(),
                target.getOwner(), realisation == null ? null : RealisationView.of(realisation),
                measurements == null ? null : measurements.stream().map(MeasurementView::of).toList());
    }
}
