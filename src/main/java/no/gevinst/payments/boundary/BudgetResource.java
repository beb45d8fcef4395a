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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "payments")
@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BudgetResource {

    /** A budget year as the API shows it; see reports/README.md for what each figure means. */
    public record BudgetView(int year, Money frame, Money committed, Money paid, Money withheldOutstanding,
            Money released, Money forfeited, Money available) {
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
