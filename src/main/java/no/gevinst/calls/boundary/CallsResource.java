package no.gevinst.calls.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import no.gevinst.platform.rest.PreconditionRequiredException;
import no.gevinst.platform.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "calls")
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CallsResource {

    /** A call as the API shows it; amounts as strings with two decimals. */
    public record CallView(long id, int budgetYear, String title, LocalDate opensOn, LocalDate closesOn, Money frame,
            BigDecimal withheldPercent, BigDecimal maxCostSharePercent, int reportingPeriodYears,
            String budgetChapterPost, boolean subjectToBudgetDecision, List<TechnologyCategory> categories,
            List<CriterionView> criteria, long version) implements Versioned {

        static CallView of(Call call) {
            return new CallView(call.getId(), call.getBudgetYear(), call.getTitle(), call.getOpensOn(),
                    call.getClosesOn(), call.getFrame(), call.getWithheldPercent(),
                    call.getMaxCostSharePercent(), call.getReportingPeriodYears(), call.getBudgetChapterPost(), call.isSubjectToBudgetDecision(),
                    List.copyOf(call.getCategories()),
                    call.getCriteria().stream().map(c -> new CriterionView(c.getId(), c.getName(), c.getWeight())).toList(),
                    call.getVersion());
        }
    }

    public record CriterionView(long id, String name, int weight) {
    }

    /** A call as a client sends it to create or change one. */
    public static class CallRequest {
        public Integer budgetYear;
        public String title;
        public LocalDate opensOn;
        public LocalDate closesOn;
        @Schema(ref = "Amount")
        public String frame;
        public BigDecimal withheldPercent;
        public BigDecimal maxCostSharePercent;
        public Integer reportingPeriodYears;
        public String budgetChapterPost;
        public boolean subjectToBudgetDecision;
        @Schema(type = SchemaType.ARRAY, implementation = TechnologyCategory.class)
        public List<String> categories;
        public List<CriterionRequest> criteria;
    }

    public static class CriterionRequest {
        public String name;
        public Integer weight;
    }

    @Inject
    Calls calls;

    @Inject
    Scheme scheme;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All calls, the newest budget year first")
    public PageView<CallView> listCalls(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(calls.all(paging.page(), paging.size()), CallView::of);
    }

    @Operation(summary = "One call; its version as ETag")
    @GET
    @Path("{id}")
    public CallView getCall(@PathParam("id") long id) {
        return CallView.of(calls.find(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create a call (ADMIN)")
    @APIResponse(responseCode = "201", description = "The call created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CallView.class)))
    public Response createCall(CallRequest request) {
        if (request != null && request.reportingPeriodYears == null) {
            request.reportingPeriodYears = scheme.settings().getReportingPeriodYears();
        }
        Call call = calls.create(terms(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(call.getId())).build())
                .entity(CallView.of(call)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change a call (ADMIN); If-Match must carry the version the change was made from")
    public CallView reviseCall(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CallRequest request) {
        long expectedVersion = PreconditionRequiredException.version(ifMatch);
        if (request != null && request.reportingPeriodYears == null) {
            request.reportingPeriodYears = calls.find(id).orElseThrow(NotFoundException::new).getReportingPeriodYears();
        }
        return CallView.of(calls.revise(id, expectedVersion, terms(request)).orElseThrow(NotFoundException::new));
    }

    /** The request as call terms; values that cannot even be read are reported together with the rules broken. */
    static CallTerms terms(CallRequest request) {
        InvalidInputException.requireBody(request);
        List<Violation> unreadable = new ArrayList<>();
        Money frame = null;
        if (request.frame != null) {
            try {
                frame = Money.of(request.frame.trim());
            } catch (IllegalArgumentException e) {
                unreadable.add(Violation.of("frame", "validation.amount"));
            }
        }
        Set<TechnologyCategory> categories = EnumSet.noneOf(TechnologyCategory.class);
        for (String code : request.categories == null ? List.<String>of() : request.categories) {
            try {
                categories.add(TechnologyCategory.valueOf(code));
            } catch (IllegalArgumentException | NullPointerException e) {
                unreadable.add(Violation.of("categories", "validation.call.unknownCategory", String.valueOf(code)));
            }
        }
        List<CallTerms.Criterion> criteria = request.criteria == null ? null : request.criteria.stream()
                .map(c -> c == null ? new CallTerms.Criterion(null, null) : new CallTerms.Criterion(c.name, c.weight))
                .toList();
        var terms = new CallTerms(request.budgetYear, request.title, request.opensOn, request.closesOn, frame,
                request.withheldPercent, request.maxCostSharePercent, request.reportingPeriodYears,
                request.budgetChapterPost,
                request.subjectToBudgetDecision, categories, criteria);
        if (!unreadable.isEmpty()) {
            Set<String> reported = new HashSet<>(unreadable.stream().map(Violation::field).toList());
            terms.violations().stream().filter(v -> !reported.contains(v.field())).forEach(unreadable::add);
            throw new InvalidInputException(unreadable);
        }
        return terms;
    }
}
