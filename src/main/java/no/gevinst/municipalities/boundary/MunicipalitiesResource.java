package no.gevinst.municipalities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.municipalities.entity.RegisterDiff;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import no.gevinst.platform.rest.PreconditionRequiredException;
import no.gevinst.platform.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "municipalities")
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MunicipalitiesResource {

    /** A municipality as the API shows it. */
    @JsonbNillable
    public record MunicipalityView(
            String number,
            String name,
            String countyNumber,
            String countyName,
            String organisationNumber,
            @Schema(ref = "LanguageForm")
            String languageForm,
            String contactEmail,
            String bankAccount,
            LocalDate validFrom,
            LocalDate validTo,
            List<String> successors,
            long version)
            implements Versioned {

        static MunicipalityView of(Municipality municipality) {
            return new MunicipalityView(municipality.getNumber(), municipality.getName(),
                    municipality.getCounty().getNumber(), municipality.getCounty().getName(),
                    municipality.getOrganisationNumber().map(OrganisationNumber::value).orElse(null),
                    municipality.getLanguageForm().name(), municipality.getContactEmail().orElse(null),
                    municipality.getBankAccount().map(Object::toString).orElse(null),
                    municipality.getValidFrom().orElse(null), municipality.getValidTo().orElse(null),
                    municipality.getSuccessors(), municipality.getVersion());
        }
    }

    /** The details an administrator keeps. */
    public static class ContactRequest {
        public String contactEmail;
        public String bankAccount;
        @Schema(ref = "LanguageForm", required = true)
        public String languageForm;
    }

    /** A municipality that ends: its last day and its successors. */
    public static class EndRequest {
        public LocalDate lastDay;
        public List<String> successors;
    }

    /** What a register file changes. */
    public record DiffView(boolean applied, List<MunicipalityChange> added, List<MunicipalityChange> changed,
            List<MunicipalityChange> removed) {

        static DiffView of(RegisterDiff diff, boolean applied) {
            return new DiffView(applied,
                    diff.added().stream().map(r -> new MunicipalityChange(r.number(), null, r.name(), null,
                            r.countyNumber())).toList(),
                    diff.changed().stream().map(c -> new MunicipalityChange(c.before().number(), c.before().name(),
                            c.after().name(), c.before().countyNumber(), c.after().countyNumber())).toList(),
                    diff.removed().stream().map(r -> new MunicipalityChange(r.number(), r.name(), null,
                            r.countyNumber(), null)).toList());
        }
    }

    @JsonbNillable
    public record MunicipalityChange(String number, String nameBefore, String nameAfter, String countyBefore,
            String countyAfter) {
    }

    @Inject
    Register register;

    @Inject
    Municipalities municipalities;

    @GET
    @Operation(summary = "The municipality register (357 municipalities from 1 January 2024)")
    public PageView<MunicipalityView> listMunicipalities(
            @Parameter(description = "part of the name, or the start of the number") @QueryParam("q") String text,
            @Parameter(description = "county number, e.g. 46") @QueryParam("county") String county,
            @Parameter(description = "also municipalities that have ended or not yet begun")
            @QueryParam("includeNotInForce") @DefaultValue("false") boolean includeNotInForce,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(municipalities.search(text, county, includeNotInForce, paging.page(), paging.size()),
                MunicipalityView::of);
    }

    @Operation(summary = "One municipality of the register, by its number")
    @GET
    @Path("{number}")
    public MunicipalityView getMunicipality(@PathParam("number") String number) {
        Municipality municipality = municipalities.find(number)
                .orElseThrow(() -> new NotFoundException("Municipality " + number));
        return MunicipalityView.of(municipality);
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change contact email, bank account (MOD11) and language form (ADMIN); If-Match required")
    public MunicipalityView reviseMunicipality(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
            ContactRequest request) {
        long version = PreconditionRequiredException.version(ifMatch);
        InvalidInputException.requireBody(request);
        LanguageForm languageForm = null;
        if (request.languageForm != null) {
            try {
                languageForm = LanguageForm.valueOf(request.languageForm);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(Violation.of("languageForm", "validation.unknownValue",
                        request.languageForm)));
            }
        }
        Municipality municipality = register.revise(number, version, request.contactEmail, request.bankAccount,
                languageForm);
        return MunicipalityView.of(municipality);
    }

    @POST
    @Path("{number}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a municipality that is merged or split, naming its successors (ADMIN)")
    public MunicipalityView endMunicipality(@PathParam("number") String number, EndRequest request) {
        InvalidInputException.requireBody(request);
        return MunicipalityView.of(register.end(number, request.lastDay,
                request.successors == null ? List.of() : request.successors));
    }

    @POST
    @Path("register")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Compare a new register file (CSV, the shared format) with the register in force, and"
            + " apply it from validFrom unless dryRun (ADMIN)")
    public DiffView importRegister(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validFrom") String validFrom, String file) {
        if (dryRun) {
            return DiffView.of(register.compare(file), false);
        }
        LocalDate from;
        try {
            from = validFrom == null ? null : LocalDate.parse(validFrom);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(Violation.of("validFrom", "validation.date")));
        }
        return DiffView.of(register.apply(file, from), true);
    }
}
