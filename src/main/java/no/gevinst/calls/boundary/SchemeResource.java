package no.gevinst.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.calls.entity.SchemeTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PreconditionRequiredException;
import no.gevinst.platform.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "calls")
@Path("scheme/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SchemeResource {

    @JsonbNillable
    public record SettingsView(BigDecimal defaultWithheldPercent, BigDecimal defaultMaxCostSharePercent,
            int reportingPeriodYears, int acceptanceDeadlineDays, int operationGraceDays,
            List<TechnologyCategory> categories, List<TemplateCriterionView> criteria, String debtorName,
            String debtorAccount, long version) implements Versioned {

        static SettingsView of(SchemeSettings settings) {
            return new SettingsView(settings.getDefaultWithheldPercent(), settings.getDefaultMaxCostSharePercent(),
                    settings.getReportingPeriodYears(), settings.getAcceptanceDeadlineDays(),
                    settings.getOperationGraceDays(), List.copyOf(settings.getDefaultCategories()),
                    settings.getCriteriaTemplate().stream().map(c -> new TemplateCriterionView(c.getName(), c.getWeight()))
                            .toList(),
                    settings.getDebtorName().orElse(null),
                    settings.getDebtorAccount().map(Object::toString).orElse(null), settings.getVersion());
        }
    }

    public record TemplateCriterionView(String name, int weight) {
    }

    public static class SettingsRequest {
        public BigDecimal defaultWithheldPercent;
        public BigDecimal defaultMaxCostSharePercent;
        public Integer reportingPeriodYears;
        public Integer acceptanceDeadlineDays;
        public Integer operationGraceDays;
        @Schema(type = SchemaType.ARRAY, implementation = TechnologyCategory.class)
        public List<String> categories;
        public List<CallsResource.CriterionRequest> criteria;
        public String debtorName;
        public String debtorAccount;
    }

    @Inject
    Scheme scheme;

    @GET
    @Operation(summary = "The scheme's settings: what new calls start from, and the debtor of the bank file")
    public SettingsView getSchemeSettings() {
        SchemeSettings settings = scheme.settings();
        return SettingsView.of(settings);
    }

    @PUT
    @Operation(summary = "Change the scheme's settings (ADMIN); If-Match carries the version")
    public SettingsView reviseSchemeSettings(@HeaderParam("If-Match") String ifMatch, SettingsRequest request) {
        long version = PreconditionRequiredException.version(ifMatch);
        InvalidInputException.requireBody(request);
        Set<TechnologyCategory> categories = EnumSet.noneOf(TechnologyCategory.class);
        List<Violation> unreadable = new ArrayList<>();
        for (String code : request.categories == null ? List.<String>of() : request.categories) {
            try {
                categories.add(TechnologyCategory.valueOf(code));
            } catch (IllegalArgumentException | NullPointerException e) {
                unreadable.add(Violation.of("categories", "validation.call.unknownCategory", String.valueOf(code)));
            }
        }
        InvalidInputException.throwIfAny(unreadable);
        List<CallTerms.Criterion> criteria = request.criteria == null ? null : request.criteria.stream()
                .map(c -> c == null ? new CallTerms.Criterion(null, null) : new CallTerms.Criterion(c.name, c.weight))
                .toList();
        SchemeSettings settings = scheme.revise(version, new SchemeTerms(request.defaultWithheldPercent,
                request.defaultMaxCostSharePercent, request.reportingPeriodYears, request.acceptanceDeadlineDays,
                request.operationGraceDays, categories, criteria, request.debtorName, request.debtorAccount));
        return SettingsView.of(settings);
    }
}
