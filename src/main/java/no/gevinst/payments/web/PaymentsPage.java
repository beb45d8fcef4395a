package no.gevinst.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.gevinst.payments.boundary.PaymentApprovals;
import no.gevinst.payments.boundary.Payments;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentBatch;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.entity.ActResult;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.web.FacesMessages;
import org.omnifaces.util.Faces;

/**
 * The approver's payments: proposed payments to approve (never one they verified) or reject, approved payments to
 * gather into a batch, and the batches with their bank files.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Payments payments;

    @Inject
    PaymentApprovals approvals;

    @Inject
    FacesContext faces;

    private final Map<Long, String> reasons = new HashMap<>();

    /** The approver's choice of proposed payments to approve in one go; by default all they may approve. */
    private Map<Long, Boolean> chosen;

    private List<ActResult> results;

    public List<Payment> getProposed() {
        return list(PaymentStatus.PROPOSED);
    }

    public List<Payment> getApproved() {
        return list(PaymentStatus.APPROVED);
    }

    @SuppressWarnings("unchecked")
    private List<Payment> list(PaymentStatus status) {
        return (List<Payment>) faces.getAttributes().computeIfAbsent(PaymentsPage.class.getName() + status,
                key -> payments.search(status, null, 0, Page.MAX_SIZE).items());
    }

    /** The reference of a payment's application; looked up once per request for all proposed payments. */
    @SuppressWarnings("unchecked")
    public String reference(Payment payment) {
        Map<Long, String> references = (Map<Long, String>) faces.getAttributes().computeIfAbsent(
                PaymentsPage.class.getName() + ".references", key -> payments.references(getProposed().stream()
                        .map(p -> p.getGrant().getApplicationId()).collect(java.util.stream.Collectors.toSet())));
        return references.getOrDefault(payment.getGrant().getApplicationId(), "");
    }

    public List<PaymentBatch> getBatches() {
        return payments.batches(50);
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String approve(long paymentId) {
        return act(() -> payments.approve(paymentId), "payment.approved");
    }

    public String reject(long paymentId) {
        return act(() -> payments.reject(paymentId, reasons.get(paymentId)), "payment.rejected");
    }

    public Map<Long, Boolean> getChosen() {
        if (chosen == null) {
            String me = faces.getExternalContext().getRemoteUser();
            chosen = new java.util.LinkedHashMap<>();
            getProposed().forEach(p -> chosen.put(p.getId(),
                    !me.equals(p.getVerifiedBy()) && !me.equals(p.getProposedBy())));
        }
        return chosen;
    }

    /** The chosen payments' net amounts together. */
    public Money getChosenSum() {
        return getProposed().stream().filter(p -> Boolean.TRUE.equals(getChosen().get(p.getId())))
                .map(Payment::getNet).reduce(Money.ZERO, Money::plus);
    }

    public long getChosenCount() {
        return getChosen().values().stream().filter(Boolean.TRUE::equals).count();
    }

    /** Approves the chosen payments, each on its own, and shows what each came to. */
    public String approveChosen() {
        List<Long> ids = getChosen().entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (FacesMessages.attempt(faces, () -> results = approvals.approveAll(ids))) {
            long done = results.stream().filter(ActResult::done).count();
            FacesMessages.info(faces, "payment.batch.done", done, results.size() - done);
            faces.getAttributes().keySet().removeIf(key -> key.toString().startsWith(PaymentsPage.class.getName()));
            chosen = null;
        }
        return null;
    }

    public List<ActResult> getResults() {
        return results;
    }

    public String gather() {
        return act(payments::gather, "batch.created");
    }

    public void download(long batchId) throws IOException {
        AtomicReference<byte[]> file = new AtomicReference<>();
        if (FacesMessages.attempt(faces, () -> file.set(payments.export(batchId)))) {
            Faces.sendFile(file.get(), "gevinst-utbetalinger-" + batchId + ".xml", true);
        }
    }

    private String act(Runnable act, String doneKey) {
        if (FacesMessages.attempt(faces, act)) {
            FacesMessages.infoAfterRedirect(faces, doneKey);
            return "/approval/payments?faces-redirect=true";
        }
        return null;
    }
}
