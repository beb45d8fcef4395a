package no.gevinst.payments.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.applications.entity.PlanLine;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * A milestone of a grant's payment plan as decided: the municipality reports it done, a case handler verifies it
 * (which proposes its payment) or sends it back. Unpaid milestones are freed when the grant ends without them.
 */
@Entity
@Table(name = "grant_milestone")
public class GrantMilestone extends PlanLine {

    public static final String LABELS = "milestone.field";

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Grant grant;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    private LocalDate completedOn;

    private String description;

    private String reportedBy;

    private Instant reportedAt;

    private String verifiedBy;

    private Instant verifiedAt;

    private String sendBackReason;

    private boolean decisionPoint;

    @Enumerated(EnumType.STRING)
    private GateDecision gateDecision;

    private String gateDecidedBy;

    private Instant gateDecidedAt;

    private String gateText;

    protected GrantMilestone() {
    }

    GrantMilestone(Grant grant, int position, Instalment instalment) {
        super(position, instalment);
        this.grant = grant;
        this.decisionPoint = instalment.decisionPoint();
    }

    @Override
    public Instalment instalment() {
        return new Instalment(getTitle(), getDueDate(), getAmount(), decisionPoint);
    }

    /** The municipality reports the milestone done; again after it was sent back. */
    void report(LocalDate completedOn, String description, boolean evidenced, String username, Instant now,
            LocalDate today) {
        if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.REPORTED) {
            throw new DomainException("milestone.notReportable", status);
        }
        List<Violation> violations = new java.util.ArrayList<>();
        if (completedOn == null) {
            violations.add(Violation.of("completedOn", "validation.required"));
        } else if (completedOn.isAfter(today)) {
            violations.add(Violation.of("completedOn", "validation.milestone.completedInFuture"));
        }
        if (description == null || description.isBlank()) {
            violations.add(Violation.of("description", "validation.required"));
        } else if (description.length() > 4000) {
            violations.add(Violation.of("description", "validation.tooLong", 4000));
        }
        if (!evidenced) {
            violations.add(Violation.of("evidence", "validation.milestone.evidenceRequired"));
        }
        InvalidInputException.throwIfAny(violations, LABELS);
        this.status = MilestoneStatus.REPORTED;
        this.completedOn = completedOn;
        this.description = description.trim();
        this.reportedBy = username;
        this.reportedAt = now;
    }

    void verify(String caseHandler, Instant now) {
        requireReported();
        this.status = MilestoneStatus.VERIFIED;
        this.verifiedBy = caseHandler;
        this.verifiedAt = now;
        this.sendBackReason = null;
    }

    /** Back to the municipality, which reports it again. */
    void sendBack(String reason) {
        requireReported();
        InvalidInputException.throwIfAny(Violation.ofRequiredText("reason", reason, 2000), LABELS);
        this.status = MilestoneStatus.PLANNED;
        this.sendBackReason = reason.trim();
    }

    /** Its payment was rejected: the milestone is reported again, waiting for a new verification. */
    void paymentRejected() {
        this.status = MilestoneStatus.REPORTED;
        this.verifiedBy = null;
        this.verifiedAt = null;
    }

    /** The grant ended before this milestone was paid: its amount goes back to the frame. */
    Money free() {
        if (!isUnpaid()) {
            return Money.ZERO;
        }
        this.status = MilestoneStatus.FREED;
        return getAmount();
    }

    /**
     * The approver's decision at this decision point, once it is verified: go on (with a justification) or stop
     * (with a reason). Four eyes: not by the case handler who verified it, nor by the proposer of its payment.
     */
    void decideAtGate(GateDecision decision, String text, String approver, Instant now, String proposer) {
        if (!awaitsDecision()) {
            throw new DomainException(decisionPoint && gateDecision != null ? "decisionPoint.alreadyDecided"
                    : "decisionPoint.notVerified", getTitle());
        }
        if (approver.equals(verifiedBy)) {
            throw new DomainException("decisionPoint.fourEyesVerifier");
        }
        if (approver.equals(proposer)) {
            throw new DomainException("decisionPoint.fourEyesProposer");
        }
        InvalidInputException.throwIfAny(Violation.ofRequiredText(decision == GateDecision.GO ? "justification"
                : "reason", text, 2000), LABELS);
        this.gateDecision = decision;
        this.gateDecidedBy = approver;
        this.gateDecidedAt = now;
        this.gateText = text.trim();
    }

    /** A decision point verified and not yet decided: what comes after it waits. */
    public boolean awaitsDecision() {
        return decisionPoint && status == MilestoneStatus.VERIFIED && gateDecision == null;
    }

    /** A decision point that has not (yet) been passed with a go: what comes after it may not be reported or paid. */
    public boolean holdsBack() {
        return decisionPoint && status != MilestoneStatus.REMOVED && gateDecision != GateDecision.GO;
    }

    /** An approved change gives the milestone, not yet verified, a new title, due date or amount, and its place. */
    void revise(int newPosition, String newTitle, LocalDate newDueDate, Money newAmount) {
        if (!isUnpaid()) {
            throw new IllegalStateException("Milestone " + getId() + " is " + status
                    + ": a change leaves it as it was");
        }
        revise(newPosition, new Instalment(newTitle, newDueDate, newAmount, decisionPoint));
    }

    /** The place of a milestone a change keeps as it was (verified), in the new order. */
    void moveTo(int newPosition) {
        revise(newPosition, instalment());
    }

    /** An approved change takes the milestone, not yet verified, out of the plan; its report, if any, is kept. */
    void remove(int newPosition) {
        if (!isUnpaid()) {
            throw new IllegalStateException("Milestone " + getId() + " is " + status
                    + ": a change leaves it as it was");
        }
        revise(newPosition, instalment());
        this.status = MilestoneStatus.REMOVED;
    }

    /** Not verified, not freed: its amount is not yet due. */
    public boolean isUnpaid() {
        return status == MilestoneStatus.PLANNED || status == MilestoneStatus.REPORTED;
    }

    private void requireReported() {
        if (status != MilestoneStatus.REPORTED) {
            throw new DomainException("milestone.notReported", status);
        }
    }

    public Grant getGrant() {
        return grant;
    }


    public MilestoneStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getSendBackReason() {
        return sendBackReason;
    }

    public boolean isDecisionPoint() {
        return decisionPoint;
    }

    public GateDecision getGateDecision() {
        return gateDecision;
    }

    public String getGateDecidedBy() {
        return gateDecidedBy;
    }

    public Instant getGateDecidedAt() {
        return gateDecidedAt;
    }

    /** The go's justification or the stop's reason. */
    public String getGateText() {
        return gateText;
    }
}
