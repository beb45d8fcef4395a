package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.gevinst.platform.entity.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "payments")
@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BudgetResource {

    /** A budget year as the API shows it; see reports/README.md for what each figure means. */
    public record BudgetView(
            @Schema(description = "The budget year") int year,
            @Schema(description = "The year's frame: its calls' frames together") Money frame,
            @Schema(description = "Granted less freed and forfeited, over the grants decided in the year")
            Money committed,
            @Schema(description = "Every payment created and not rejected (proposed, approved or sent), releases"
                    + " included")
            Money paid,
            @Schema(description = "Withheld money not yet released or forfeited") Money withheldOutstanding,
            @Schema(description = "Withheld money paid out when the project was confirmed in operation (part of paid)")
            Money released,
            @Schema(description = "Withheld money the project will never get: it was cancelled or expired first")
            Money forfeited,
            @Schema(description = "What the frame still holds: frame less committed") Money available) {
    }

    @Inject
    Budget budget;

    @GET
    @Path("{year}")
    @Operation(summary = "A budget year's frame, committed and available money (CASE_HANDLER, APPROVER, MANAGEMENT)")
    public BudgetView budgetYear(@PathParam("year") int year) {
        if (!budget.isBudgetYear(year)) {
            throw new NotFoundException("Budget year " + year);
        }
        Budget.YearFigures f = budget.year(year);
        return new BudgetView(year, f.frame(), f.committed(), f.paid(),
                f.withheldOutstanding(), f.released(), f.forfeited(),
                f.available());
    }
}
