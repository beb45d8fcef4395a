package no.gevinst.applications.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.applications.entity.BenefitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit target as a client writes it. */
public class BenefitTargetRequest {
    public String indicator;
    @Schema(ref = "BenefitKind")
    public String kind;
    public String unit;
    public BigDecimal baseline;
    public LocalDate baselineDate;
    public BigDecimal target;
    public LocalDate targetDate;
    public String owner;
}
