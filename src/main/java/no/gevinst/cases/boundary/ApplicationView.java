package no.gevinst.cases.boundary;

import no.gevinst.platform.entity.Money;
import no.gevinst.platform.rest.Versioned;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.gevinst.applications.boundary.AttachmentView;
import no.gevinst.applications.boundary.MilestoneView;
import no.gevinst.applications.boundary.MissingView;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.assessment.boundary.AssessmentView;
import no.gevinst.benefits.boundary.BenefitTargetView;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.payments.boundary.GrantView;

/**
 * An application as the API shows it; amounts as strings with two decimals, what is not filled in as null.
 * {@code bankAccount} is the account the applicant gave; {@code registerBankAccount} the municipality's account
 * in the register, which every payment goes to (null: none, and no payment can be approved).
 */
@JsonbNillable
public record ApplicationView(long id, String reference, ApplicationStatus status, long callId, int budgetYear,
        String municipality, String municipalityName, String countyNumber, List<String> partnerMunicipalities,
        String title, TechnologyCategory category, String summary, String serviceChange, String contactName,
        String contactEmail, String contactPhone, String bankAccount, String registerBankAccount, Money eligibleCost,
        Money ownContribution, Money requestedAmount, Money maxRequestedAmount, LocalDate plannedStartDate,
        LocalDate plannedOperationDate, List<MilestoneView> milestones, List<BenefitTargetView> benefitTargets,
        List<AttachmentView> attachments, OffsetDateTime createdAt, OffsetDateTime submittedAt,
        List<MissingView> missing, AssessmentView assessment, GrantView grant, long version)
        implements Versioned {
}
