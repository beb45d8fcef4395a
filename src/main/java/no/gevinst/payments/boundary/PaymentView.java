package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentKind;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.rest.JsonValues;

/** A payment as the API shows it, in the application and in {@code /payments}. */
@JsonbNillable
public record PaymentView(long id, long applicationId, Long milestoneId, PaymentKind kind, Money gross, Money withheld,
        Money net, PaymentStatus status, String proposedBy, OffsetDateTime proposedAt, String approvedBy,
        String rejectedBy, String rejectReason, OffsetDateTime sentAt) {

    public static PaymentView of(Payment p) {
        return new PaymentView(p.getId(), p.getGrant().getApplicationId(),
                p.getMilestone() == null ? null : p.getMilestone().getId(), p.getKind(),
                p.getGross(), p.getWithheld(), p.getNet(),
                p.getStatus(), p.getProposedBy(), JsonValues.time(p.getProposedAt()), p.getApprovedBy(),
                p.getRejectedBy(), p.getRejectReason(), JsonValues.time(p.getSentAt()));
    }
}
