package no.gevinst.budget.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.gevinst.platform.entity.Money;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BudgetResource {

    /**
     * A budget year as the API shows it. Paid, withheld, released and forfeited money comes with the payments;
     * until then there is none, and the figures say so.
     */
    public record BudgetView(int year, String frame, String committed, String paid, String withheldOutstanding,
            String released, String forfeited, String available) {
    }

    @Inject
    Budget budget;

    @GET
    @Path("{year}")
    @Operation(summary = "A budget year's frame, committed and available money (CASE_HANDLER, APPROVER, MANAGEMENT)")
    public BudgetView year(@PathParam("year") int year) {
        Budget.YearFigures figures = budget.year(year);
        String none = Money.ZERO.toString();
        return new BudgetView(year, figures.frame().toString(), figures.committed().toString(), none, none, none, none,
                figures.available().toString());
    }
}
