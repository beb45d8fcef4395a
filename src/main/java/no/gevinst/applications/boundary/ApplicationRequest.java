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
    public Long callId;
    public String title;
    @Schema(ref = "TechnologyCategory")
    public String category;
    public String summary;
    public String serviceChange;
    public List<String> partnerMunicipalities;
    public String contactName;
    public String contactEmail;
    public String contactPhone;
    public String bankAccount;
    @Schema(ref = "Amount")
    public String eligibleCost;
    @Schema(ref = "Amount")
    public String ownContribution;
    @Schema(ref = "Amount")
    public String requestedAmount;
    public LocalDate plannedStartDate;
    public LocalDate plannedOperationDate;
    public List<MilestoneRequest> milestones;
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
