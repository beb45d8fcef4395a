package no.gevinst.payments.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Money;

/**
 * Approved payments gathered to be paid together, exported once as a bank file. The file is kept: a second export
 * returns the very same bytes, and a sent batch never changes. A payment is in at most one batch, ever (the
 * primary key of {@code payment_batch_item}).
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch extends SequencedEntity {

    @Enumerated(EnumType.STRING)
    private BatchStatus status = BatchStatus.CREATED;

    @Column(name = "payment_count", nullable = false)
    private int count;

    private Money total;

    private String createdBy;

    private Instant createdAt;

    private String sentBy;

    private Instant sentAt;

    private String messageId;

    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @ManyToMany
    @JoinTable(name = "payment_batch_item", joinColumns = @JoinColumn(name = "batch_id"),
            inverseJoinColumns = @JoinColumn(name = "payment_id"))
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    @Version
    private long version;

    protected PaymentBatch() {
    }

    /** Gathers approved payments not yet in a batch; an empty batch is refused. */
    public static PaymentBatch gather(List<Payment> approved, String approver, Instant now) {
        if (approved.isEmpty()) {
            throw new DomainException("batch.nothingToGather");
        }
        PaymentBatch batch = new PaymentBatch();
        for (Payment payment : approved) {
            if (payment.getStatus() != PaymentStatus.APPROVED) {
                throw new DomainException("payment.notApproved", payment.getStatus());
            }
            batch.payments.add(payment);
        }
        batch.count = approved.size();
        batch.total = approved.stream().map(Payment::getNet).reduce(Money.ZERO, Money::plus);
        batch.createdBy = approver;
        batch.createdAt = now;
        return batch;
    }

    /**
     * The bank file: written by {@code writer} at the first export, which marks the batch and its payments sent;
     * every later export returns the same bytes.
     */
    public byte[] export(Function<PaymentBatch, byte[]> writer, String messageId, String approver, Instant now,
            Function<byte[], String> checksum) {
        // The file is read lazily; reading it first matters: EclipseLink reads a lazy attribute by reading the whole
        // row again, which would undo what is set below (seen: a sent batch without its sender, time or message id).
        byte[] written = content;
        if (status == BatchStatus.SENT) {
            return written.clone();
        }
        this.messageId = messageId;
        this.sentBy = approver;
        this.sentAt = now;
        this.content = writer.apply(this);
        this.sha256 = checksum.apply(content);
        this.status = BatchStatus.SENT;
        payments.forEach(payment -> payment.markSent(now));
        return content.clone();
    }

    public BatchStatus getStatus() {
        return status;
    }

    public int getCount() {
        return count;
    }

    public Money getTotal() {
        return total;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSha256() {
        return sha256;
    }

    public List<Payment> getPayments() {
        return Collections.unmodifiableList(payments);
    }
}
