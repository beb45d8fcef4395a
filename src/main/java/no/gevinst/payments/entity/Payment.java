package no.gevinst.payments.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Violation;

/**
 * Money to a municipality: a verified milestone's amount less the withheld part, or the release of the withheld
 * money at operation. Proposed by a case handler, approved by another user (four eyes), sent in one batch. A
 * payment is never edited or deleted: a rejection is its last state, and a new verification proposes a new one.
 */
@Entity
@Table(name = "payment")
public class Payment extends SequencedEntity {

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Grant grant;

    @ManyToOne
    @JoinColumn(name = "milestone_id")
    private GrantMilestone milestone;

    @Enumerated(EnumType.STRING)
    private PaymentKind kind;

    /** The milestone's amount, or for a release the withheld money released. */
    private Money gross;

    private Money withheld;

    /** What the municipality receives: gross less withheld. */
    private Money net;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status = PaymentStatus.PROPOSED;

    private String proposedBy;

    private Instant proposedAt;

    /** Who verified the milestone, or confirmed the operation, behind this payment: never its approver. */
    private String verifiedBy;

    private String approvedBy;

    private Instant approvedAt;

    private String rejectedBy;

    private Instant rejectedAt;

    private String rejectReason;

    private Instant sentAt;

    @Version
    private long version;

    protected Payment() {
    }

    private Payment(Grant grant, GrantMilestone milestone, PaymentKind kind, Money gross, Money withheld,
            String caseHandler, Instant now) {
        this.grant = grant;
        this.milestone = milestone;
        this.kind = kind;
        this.gross = gross;
        this.withheld = withheld;
        this.net = gross.minus(withheld);
        this.proposedBy = caseHandler;
        this.verifiedBy = caseHandler;
        this.proposedAt = now;
    }

    /** A verified milestone's payment: its amount less {@code withheld}. */
    static Payment forMilestone(Grant grant, GrantMilestone milestone, Money withheld, String caseHandler,
            Instant now) {
        return new Payment(grant, milestone, PaymentKind.MILESTONE, milestone.getAmount(), withheld, caseHandler, now);
    }

    /** The release of the withheld money outstanding, paid in full. */
    static Payment release(Grant grant, Money withheldOutstanding, String caseHandler, Instant now) {
        if (!withheldOutstanding.isPositive()) {
            // The ledger says nothing is owed: releasing it would pay money the grant does not hold.
            throw new IllegalStateException("A release of " + withheldOutstanding + " for grant " + grant.getApplicationId());
        }
        return new Payment(grant, null, PaymentKind.RELEASE, withheldOutstanding, Money.ZERO, caseHandler, now);
    }

    /** Four eyes: neither the one who proposed it nor the one who verified what it pays approves it. */
    void approve(String approver, Instant now) {
        requireProposed();
        if (approver.equals(verifiedBy)) {
            throw new DomainException("payment.fourEyesVerifier");
        }
        if (approver.equals(proposedBy)) {
            throw new DomainException("payment.fourEyesProposer");
        }
        this.status = PaymentStatus.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = now;
    }

    void reject(String approver, String reason, Instant now) {
        requireProposed();
        InvalidInputException.throwIfAny(Violation.ofRequiredText("reason", reason, 2000), "payment.field");
        this.status = PaymentStatus.REJECTED;
        this.rejectedBy = approver;
        this.rejectedAt = now;
        this.rejectReason = reason.trim();
    }

    /** Exported in a batch's bank file. */
    void markSent(Instant now) {
        if (status != PaymentStatus.APPROVED) {
            throw new DomainException("payment.notApproved", status);
        }
        this.status = PaymentStatus.SENT;
        this.sentAt = now;
    }

    /** Counts as paid: every payment created (proposed, approved or sent), but not a rejected one. */
    public boolean counts() {
        return status != PaymentStatus.REJECTED;
    }

    /** Proposed and waiting for the approver, who approves or rejects it. */
    public boolean awaitsApproval() {
        return status == PaymentStatus.PROPOSED;
    }

    /** Waits for the approver with a withheld part, which a release must not pay out before it is decided. */
    boolean awaitsApprovalWithWithheld() {
        return awaitsApproval() && withheld.isPositive();
    }

    /** A release of withheld money, waiting for the approver. */
    boolean isReleaseAwaitingApproval() {
        return kind == PaymentKind.RELEASE && awaitsApproval();
    }

    private void requireProposed() {
        if (status != PaymentStatus.PROPOSED) {
            throw new DomainException("payment.notProposed", status);
        }
    }

    public Grant getGrant() {
        return grant;
    }

    public GrantMilestone getMilestone() {
        return milestone;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public Money getGross() {
        return gross;
    }

    public Money getWithheld() {
        return withheld;
    }

    public Money getNet() {
        return net;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
