package no.gevinst.benefits.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.benefits.entity.Realisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit target; after the grant also its measurements (replaced ones included) and realisation. */
@JsonbNillable
public record BenefitTargetView(
        @Schema(description = "The benefit target's id") long id,
        @Schema(description = "What is measured") String indicator,
        @Schema(description = "The kind of benefit: quality, hours saved per year, NOK saved per year, or other")
        BenefitKind kind,
        @Schema(description = "The unit the indicator is measured in") String unit,
        @Schema(description = "The indicator's value before the project") BigDecimal baseline,
        @Schema(description = "When the baseline was measured") LocalDate baselineDate,
        @Schema(description = "The value the project aims for") BigDecimal target,
        @Schema(description = "When the target is to be reached") LocalDate targetDate,
        @Schema(description = "The benefit owner: who in the municipality answers for realising the benefit")
        String owner,
        @Schema(description = "How far the target is realised, from its latest measurement; after the grant, in one"
                + " application read")
        RealisationView realisation,
        @Schema(description = "The target's measurements, corrected ones included; after the grant, in one application"
                + " read")
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
