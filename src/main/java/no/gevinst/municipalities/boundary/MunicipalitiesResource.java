package no.gevinst.municipalities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MunicipalitiesResource {

    /** A municipality as the API shows it. */
    public record MunicipalityView(String number, String name, String countyNumber, String countyName,
            String organisationNumber, String languageForm) {

        static MunicipalityView of(Municipality municipality) {
            return new MunicipalityView(municipality.getNumber(), municipality.getName(),
                    municipality.getCounty().getNumber(), municipality.getCounty().getName(),
                    municipality.getOrganisationNumber().map(OrganisationNumber::value).orElse(null),
                    municipality.getLanguageForm().name());
        }
    }

    @Inject
    Municipalities municipalities;

    @GET
    @Operation(summary = "The municipality register (357 municipalities from 1 January 2024)")
    public PageView<MunicipalityView> list(
            @Parameter(description = "part of the name, or the start of the number") @QueryParam("q") String text,
            @Parameter(description = "county number, e.g. 46") @QueryParam("county") String county,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(municipalities.search(text, county, paging.page(), paging.size()), MunicipalityView::of);
    }
}
