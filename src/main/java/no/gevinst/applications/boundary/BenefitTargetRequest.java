package no.gevinst.applications.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.applications.entity.BenefitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit target as a client writes it. */
public class BenefitTargetRequest {
    @Schema(description = "What is measured")
    public String indicator;
    @Schema(description = "The kind of benefit: quality, hours saved per year, NOK saved per year, or"
            + " other", ref = "BenefitKind")
    public String kind;
    @Schema(description = "The unit the indicator is measured in")
    public String unit;
    @Schema(description = "The indicator's value before the project")
    public BigDecimal baseline;
    @Schema(description = "When the baseline was measured")
    public LocalDate baselineDate;
    @Schema(description = "The value the project aims for")
    public BigDecimal target;
    @Schema(description = "When the target is to be reached")
    public LocalDate targetDate;
    @Schema(description = "The benefit owner: who in the municipality answers for realising the benefit")
    public String owner;
}
