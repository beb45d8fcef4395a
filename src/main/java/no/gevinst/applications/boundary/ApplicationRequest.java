package no.gevinst.applications.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as a client writes it. */
@Schema(description = "An application as the municipality writes it. A draft may leave any field but callId empty;"
        + " submit refuses it (400, each missing field named) until title, category, summary, serviceChange,"
        + " contactName, contactEmail, bankAccount, eligibleCost, ownContribution, requestedAmount, plannedStartDate,"
        + " plannedOperationDate, at least one milestone (title, dueDate, amount; the amounts adding up to"
        + " requestedAmount) and at least one benefit target (every field) are filled in.")
public class ApplicationRequest {
    @Schema(description = "The call applied to: required when creating, not read when changing")
    public Long callId;
    @Schema(description = "The project's title")
    public String title;
    @Schema(description = "The technology category of the project", ref = "TechnologyCategory")
    public String category;
    @Schema(description = "A short summary of the project")
    public String summary;
    @Schema(description = "How the service changes for residents and staff once the technology is in use")
    public String serviceChange;
    @Schema(description = "The partner municipalities of a joint application, by number (4 digits); they may read it")
    public List<String> partnerMunicipalities;
    @Schema(description = "The contact person for the application")
    public String contactName;
    @Schema(description = "The contact person's email")
    public String contactEmail;
    @Schema(description = "The contact person's phone number")
    public String contactPhone;
    @Schema(description = "The account to pay to: 11 digits with a valid MOD11 check digit")
    public String bankAccount;
    @Schema(description = "The project's eligible cost", ref = "Amount")
    public String eligibleCost;
    @Schema(description = "What the municipality itself puts into the project", ref = "Amount")
    public String ownContribution;
    @Schema(description = "The grant applied for: at most the call's maximum share of the eligible"
            + " cost", ref = "Amount")
    public String requestedAmount;
    @Schema(description = "When the project is planned to start")
    public LocalDate plannedStartDate;
    @Schema(description = "When the project's service is planned to be in operation: the grant's operation deadline")
    public LocalDate plannedOperationDate;
    @Schema(description = "The payment plan: the milestones the grant is to be paid in, adding up to requestedAmount")
    public List<MilestoneRequest> milestones;
    @Schema(description = "The measurable benefit targets, each from a baseline")
    public List<BenefitTargetRequest> benefitTargets;

    /**
     * The request as application content; values that cannot even be read are reported with the other rules. The
     * application form reads what it holds the same way.
     */
    public ApplicationContent content() {
        List<Violation> unreadable = new ArrayList<>();
        var plan = milestones == null ? List.<Instalment>of()
                : new ArrayList<Instalment>();
        for (int i = 0; milestones != null && i < milestones.size(); i++) {
            MilestoneRequest m = milestones.get(i);
            plan.add(m == null ? new Instalment(null, null, null)
                    : new Instalment(m.title, m.dueDate,
                            Codes.amount(m.amount, "milestones[" + i + "].amount", unreadable)));
        }
        var targets = benefitTargets == null ? List.<ApplicationContent.Target>of()
                : new ArrayList<ApplicationContent.Target>();
        for (int i = 0; benefitTargets != null && i < benefitTargets.size(); i++) {
            BenefitTargetRequest t = benefitTargets.get(i);
            targets.add(t == null ? new ApplicationContent.Target(null, null, null, null, null, null, null, null)
                    : new ApplicationContent.Target(t.indicator,
                            Codes.parse(BenefitKind.class, t.kind, "benefitTargets[" + i + "].kind", unreadable), t.unit,
                            t.baseline, t.baselineDate, t.target, t.targetDate, t.owner));
        }
        var content = new ApplicationContent(title,
                Codes.parse(TechnologyCategory.class, category, "category", unreadable), summary, serviceChange,
                partnerMunicipalities, contactName, contactEmail, contactPhone, bankAccount,
                Codes.amount(eligibleCost, "eligibleCost", unreadable), Codes.amount(ownContribution, "ownContribution", unreadable),
                Codes.amount(requestedAmount, "requestedAmount", unreadable), plannedStartDate, plannedOperationDate, plan,
                targets);
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable, Application.LABELS);
        }
        return content;
    }
}
