package no.gevinst.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import no.gevinst.platform.entity.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BudgetResource {

    /** A budget year as the API shows it; see reports/README.md for what each figure means. */
    public record BudgetView(int year, String frame, String committed, String paid, String withheldOutstanding,
            String released, String forfeited, String available) {
    }

    @Inject
    Budget budget;

    @GET
    @Path("{year}")
    @Operation(summary = "A budget year's frame, committed and available money (CASE_HANDLER, APPROVER, MANAGEMENT)")
    public BudgetView year(@PathParam("year") int year) {
        if (!budget.isBudgetYear(year)) {
            throw new NotFoundException("Budget year " + year);
        }
        Budget.YearFigures f = budget.year(year);
        return new BudgetView(year, f.frame().toString(), f.committed().toString(), f.paid().toString(),
                f.withheldOutstanding().toString(), f.released().toString(), f.forfeited().toString(),
                f.available().toString());
    }
}
