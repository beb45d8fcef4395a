package no.gevinst.cases.boundary;

import no.gevinst.platform.entity.Money;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application as the API shows it; amounts as strings with two decimals, what is not filled in as null.
 * {@code bankAccount} is the account the applicant gave; {@code registerBankAccount} the municipality's account
 * in the register, which every payment goes to (null: none, and no payment can be approved).
 */
@JsonbNillable
public record ApplicationView(
        @Schema(description = "The application's id") long id,
        @Schema(description = "The reference given at the first submission, HT-<budget year>-<nnnn>; null for a draft"
                + " never submitted")
        String reference,
        @Schema(description = "Where the application is in its lifecycle") ApplicationStatus status,
        @Schema(description = "The call applied to") long callId,
        @Schema(description = "The call's budget year") int budgetYear,
        @Schema(description = "The applying (lead) municipality's number") String municipality,
        @Schema(description = "The applying municipality's name") String municipalityName,
        @Schema(description = "The applying municipality's county number") String countyNumber,
        @Schema(description = "The partner municipalities' numbers") List<String> partnerMunicipalities,
        @Schema(description = "The project's title") String title,
        @Schema(description = "The technology category of the project") TechnologyCategory category,
        @Schema(description = "A short summary of the project") String summary,
        @Schema(description = "How the service changes for residents and staff once the technology is in use")
        String serviceChange,
        @Schema(description = "The contact person for the application") String contactName,
        @Schema(description = "The contact person's email") String contactEmail,
        @Schema(description = "The contact person's phone number") String contactPhone,
        @Schema(description = "The account the application gives; payments go to registerBankAccount")
        String bankAccount,
        @Schema(description = "The municipality's account in the register, which every payment goes to; null: none, and"
                + " no payment can be approved")
        String registerBankAccount,
        @Schema(description = "The project's eligible cost") Money eligibleCost,
        @Schema(description = "What the municipality itself puts into the project") Money ownContribution,
        @Schema(description = "The grant applied for") Money requestedAmount,
        @Schema(description = "The most that may be requested: the call's maximum share of the eligible cost")
        Money maxRequestedAmount,
        @Schema(description = "When the project is planned to start") LocalDate plannedStartDate,
        @Schema(description = "When the project's service is planned to be in operation: the grant's operation"
                + " deadline")
        LocalDate plannedOperationDate,
        @Schema(description = "The applicant's payment plan") List<MilestoneView> milestones,
        @Schema(description = "The benefit targets; read one by one after the grant, with their measurements and"
                + " realisation")
        List<BenefitTargetView> benefitTargets,
        @Schema(description = "The application's attachments and, after the grant, the evidence of its reports")
        List<AttachmentView> attachments,
        @Schema(description = "When the draft was created") OffsetDateTime createdAt,
        @Schema(description = "When the application was last submitted") OffsetDateTime submittedAt,
        @Schema(description = "What submit still needs, for the applicant while it may edit the application; else"
                + " empty")
        List<MissingView> missing,
        @Schema(description = "The assessment, once a case handler has taken the application")
        AssessmentView assessment,
        @Schema(description = "The grant, once decided, with its milestones, payments and ledger") GrantView grant,
        @Schema(description = "The application's version, also its ETag; PUT takes it back as If-Match") long version) {
}
