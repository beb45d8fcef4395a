package no.gevinst.benefits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "benefits")
@Path("benefits/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PortfolioResource {

    @Inject
    Portfolio portfolio;

    @GET
    @Operation(summary = "Realised benefits summed by kind per category, county and budget year"
            + " (CASE_HANDLER, APPROVER, MANAGEMENT)")
    public Portfolio.Totals benefitPortfolio() {
        return portfolio.totals();
    }
}
