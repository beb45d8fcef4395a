package no.gevinst.payments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.payments.entity.Payment;
import no.gevinst.platform.entity.ActResult;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.Violation;

/**
 * An approver's approval of many proposed payments in one go. Each is still its own approval ({@link Payments#approve}):
 * its own transaction, four-eyes check and event, so one refused leaves the others approved.
 */
@Stateless
@RolesAllowed(Role.Names.APPROVER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentApprovals {

    @Inject
    Payments payments;

    /**
     * Approves the proposed payments {@code paymentIds}, the longest waiting first: what each came to, or why it was
     * refused (verified or proposed by the approver, the municipality's account gone from the register, no longer
     * proposed).
     */
    public List<ActResult> approveAll(Collection<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("payments", "payment.batch.noneChosen")));
        }
        Map<Long, Payment> proposed = payments.proposed(paymentIds);
        Map<Long, String> references = payments.references(proposed.values().stream()
                .map(p -> p.getGrant().getApplicationId()).collect(Collectors.toSet()));
        return paymentIds.stream().sorted().distinct().map(id -> {
            Payment payment = proposed.get(id);
            if (payment == null) {
                return ActResult.refused(id, String.valueOf(id), null, "payment.batch.notProposed", List.of());
            }
            String subject = references.getOrDefault(payment.getGrant().getApplicationId(), "");
            return ActResult.attempt(id, subject, payment.getNet(), () -> {
                payments.approve(id);
                return "payment.approved";
            });
        }).toList();
    }
}
