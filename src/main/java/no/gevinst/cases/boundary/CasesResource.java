package no.gevinst.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.boundary.ApplicationFilter;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.boundary.CurrentApplication;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.rest.Codes;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading applications: the list the caller may see, and one application whole. */
@Tag(name = "cases")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CasesResource {

    @Inject
    Applications applications;

    @Inject
    ApplicationViews views;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The applications the caller may read, newest first")
    public PageView<ApplicationView> listApplications(@QueryParam("status") String status, @QueryParam("callId") Long callId,
            @QueryParam("budgetYear") Integer budgetYear, @QueryParam("municipality") String municipality,
            @QueryParam("county") String county, @QueryParam("category") String category,
            @QueryParam("sort") @DefaultValue("createdAt") String sort,
            @QueryParam("direction") @DefaultValue("desc") String direction,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        List<Violation> unreadable = new ArrayList<>();
        ApplicationStatus statusFilter = Codes.parse(ApplicationStatus.class, status, "status", unreadable);
        TechnologyCategory categoryFilter = Codes.parse(TechnologyCategory.class, category, "category", unreadable);
        if (!Applications.isSortable(sort)) {
            unreadable.add(Violation.of("sort", "validation.unknownValue", sort));
        }
        InvalidInputException.throwIfAny(unreadable);
        var filter = new ApplicationFilter(statusFilter, callId, budgetYear, blankToNull(municipality),
                blankToNull(county), categoryFilter);
        var found = applications.search(filter, sort, "asc".equalsIgnoreCase(direction), paging.page(), paging.size());
        return new PageView<>(found.total(), found.page(), found.size(),
                views.of(found.items(), Languages.preferred(headers.getAcceptableLanguages())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application the caller may read, with its assessment and grant",
            description = "bankAccount is the account the application gives; registerBankAccount is the"
                    + " municipality's account in the register that administrators keep, which every payment is"
                    + " made to (null: the register has none, and no payment can be approved). Where they differ,"
                    + " the municipality asks the directorate's administrator to change the register.")
    public CurrentApplication getApplication(@PathParam("id") long id) {
        return new CurrentApplication(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
