package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentKind;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.rest.JsonValues;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment as the API shows it, in the application and in {@code /payments}. */
@JsonbNillable
public record PaymentView(
        @Schema(description = "The payment's id") long id,
        @Schema(description = "The application whose grant is paid") long applicationId,
        @Schema(description = "The milestone paid; null for a release") Long milestoneId,
        @Schema(description = "A milestone payment, or the release of the withheld money") PaymentKind kind,
        @Schema(description = "The milestone's amount, or for a release the withheld money released") Money gross,
        @Schema(description = "The part held back until operation (0.00 for a release and after operation)")
        Money withheld,
        @Schema(description = "What is paid out: gross less withheld") Money net,
        @Schema(description = "Proposed, approved by a second approver, rejected, or sent in a bank file")
        PaymentStatus status,
        @Schema(description = "The case handler who proposed it, by verifying the milestone or confirming the"
                + " operation")
        String proposedBy,
        @Schema(description = "When it was proposed") OffsetDateTime proposedAt,
        @Schema(description = "The approver who approved it") String approvedBy,
        @Schema(description = "The approver who rejected it") String rejectedBy,
        @Schema(description = "Why it was rejected") String rejectReason,
        @Schema(description = "When its payment batch was exported") OffsetDateTime sentAt) {

    public static PaymentView of(Payment p) {
        return new PaymentView(p.getId(), p.getGrant().getApplicationId(),
                p.getMilestone() == null ? null : p.getMilestone().getId(), p.getKind(),
                p.getGross(), p.getWithheld(), p.getNet(),
                p.getStatus(), p.getProposedBy(), JsonValues.time(p.getProposedAt()), p.getApprovedBy(),
                p.getRejectedBy(), p.getRejectReason(), JsonValues.time(p.getSentAt()));
    }
}
