package no.gevinst.payments.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Violation;

/**
 * A grant (tilsagn): the amount committed to an application in a budget year by an approver's decision, with the
 * terms the letter states, its milestones and its payments. The municipality accepts it by the acceptance deadline,
 * or it lapses and its amount is freed back to the year's frame. It guards the money rule: always
 * paid + withheld outstanding + forfeited + not yet due + freed = granted (see {@link #ledger()}).
 */
@Entity
@Table(name = "grant_award")
public class Grant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    private int budgetYear;

    private Money amount;

    private BigDecimal withheldPercent;

    private String decidedBy;

    private Instant decidedAt;

    @Embedded
    private GrantAnswer answer;

    @Embedded
    private GrantOperation operation;

    @Embedded
    private GrantEnding ending = new GrantEnding();

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<GrantMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    @Version
    private long version;

    protected Grant() {
    }

    /**
     * The grant of an approved recommendation: the call's withheld percentage, the applicant's planned operation date
     * as the operation deadline, {@code acceptanceDays} from the decision to accept it, and the payment plan, which
     * adds up to the amount.
     */
    @SuppressWarnings("this-escape") // its milestones point back to it; entities are never subclassed
    public Grant(Application application, Money amount, List<Instalment> plan, String decidedBy, Instant decidedAt,
            LocalDate decidedOn, int acceptanceDays) {
        if (plan.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus).compareTo(amount) != 0) {
            throw new IllegalArgumentException("The payment plan does not add up to the grant of " + amount);
        }
        for (int i = 0; i < plan.size(); i++) {
            milestones.add(new GrantMilestone(this, i, plan.get(i)));
        }
        this.applicationId = application.getId();
        this.budgetYear = application.getCall().getBudgetYear();
        this.amount = amount;
        this.withheldPercent = application.getCall().getWithheldPercent();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.answer = new GrantAnswer(decidedOn.plusDays(acceptanceDays));
        this.operation = new GrantOperation(application.getPlannedOperationDate());
    }

    /** The municipality accepts the grant and its conditions, at the latest on the acceptance deadline. */
    public void accept(Application application, String username, Instant now, LocalDate today) {
        answer.accept(application, username, now, today);
    }

    /** The municipality declines: the grant lapses and its whole amount is freed. Returns the amount freed. */
    public Money decline(Application application, String username, Instant now) {
        answer.decline(application, username, now);
        return ending.freeUnpaid(milestones);
    }

    /** Nobody answered by the deadline: the grant lapses and its whole amount is freed. Returns the amount freed. */
    public Money lapse(Application application, LocalDate today) {
        answer.lapse(application, today);
        return ending.freeUnpaid(milestones);
    }

    /**
     * The municipality reports a milestone done, with the date it was completed, what was delivered and whether its
     * evidence (a PDF) is attached; without evidence the report is refused.
     */
    public GrantMilestone reportMilestone(Application application, GrantMilestone milestone, LocalDate completedOn,
            String description, boolean evidenced, String username, Instant now, LocalDate today) {
        requirePayable(application, milestone);
        milestone.report(completedOn, description, evidenced, username, now, today);
        return milestone;
    }

    /**
     * A case handler verifies a reported milestone, which proposes its payment: the amount less the withheld
     * percentage (rounded half-up to øre), or the whole amount once the project is in operation. The first verified
     * milestone puts the project in progress.
     */
    public Payment verifyMilestone(Application application, GrantMilestone milestone, String caseHandler,
            Instant now) {
        requirePayable(application, milestone);
        milestone.verify(caseHandler, now);
        Money withheld = application.getStatus() == ApplicationStatus.OPERATIONAL ? Money.ZERO
                : milestone.getAmount().percent(withheldPercent);
        Payment payment = Payment.forMilestone(this, milestone, withheld, caseHandler, now);
        payments.add(payment);
        if (application.getStatus() == ApplicationStatus.ACCEPTED) {
            application.startProgress();
        }
        return payment;
    }

    public GrantMilestone sendBackMilestone(Application application, GrantMilestone milestone, String reason) {
        requireStatus(application, ApplicationStatus::isPayable);
        own(milestone, milestone.getGrant()).sendBack(reason);
        return milestone;
    }

    /** The municipality reports the project in operation, in time: see {@link GrantOperation#report}. */
    public void reportOperation(Application application, LocalDate since, String description, String username,
            LocalDate today, int graceDays) {
        requireStatus(application, ApplicationStatus::isRunning);
        DecisionPoints.requireNoneAwaited(milestones);
        operation.report(since, description, username, today, graceDays);
    }

    /**
     * A case handler confirms the reported operation: the project is operational, and one payment releasing all the
     * withheld money outstanding is proposed (none if nothing is withheld). Returns the release, if any.
     * <p>
     * Refused while a milestone payment with a withheld part waits for the approver: the release would pay out the
     * withheld part of a payment that may still be rejected, and the milestone then paid again in full after
     * operation (a grant paid 110 %). The approver approves or rejects it first.
     */
    public Optional<Payment> confirmOperation(Application application, String caseHandler, Instant now) {
        if (application.getStatus() == ApplicationStatus.OPERATIONAL) {
            // After a rejected release the confirmed operation proposes the withheld money outstanding again.
            if (payments.stream().anyMatch(Payment::isReleaseAwaitingApproval)
                    || !ledger().withheldOutstanding().isPositive()) {
                throw new DomainException("operation.alreadyConfirmed");
            }
        } else {
            requireStatus(application, ApplicationStatus::isRunning);
            DecisionPoints.requireNoneAwaited(milestones);
            operation.requireReported();
            requireNoPayment(Payment::awaitsApprovalWithWithheld, "operation.paymentsUndecided");
            application.confirmOperation();
            operation.confirm(caseHandler, now);
        }
        Money outstanding = ledger().withheldOutstanding();
        if (outstanding.compareTo(Money.ZERO) == 0) {
            return Optional.empty();
        }
        Payment release = Payment.release(this, outstanding, caseHandler, now);
        payments.add(release);
        return Optional.of(release);
    }

    /** Four eyes: see {@link Payment#approve}. */
    public Payment approvePayment(Payment payment, String approver, Instant now) {
        own(payment, payment.getGrant()).approve(approver, now);
        return payment;
    }

    /**
     * Back to the case handler: a milestone payment's milestone is reported again, its amount not yet due. On a grant
     * that has ended, the milestone can no longer be paid: its amount is freed, and its withheld part, which was
     * forfeited, with it. Returns what goes back to the year's frame (nothing while the grant runs).
     */
    public Money rejectPayment(Application application, Payment payment, String approver, String reason,
            Instant now) {
        own(payment, payment.getGrant()).reject(approver, reason, now);
        GrantMilestone milestone = payment.getMilestone();
        if (milestone == null) {
            return Money.ZERO;
        }
        milestone.paymentRejected();
        return application.getStatus().isEndedEarly() ? ending.rejectedAfterEnd(payment) : Money.ZERO;
    }

    /**
     * An approver cancels the grant: the withheld money outstanding is forfeited and the unpaid milestones freed.
     * Returns what goes back to the year's frame: freed and forfeited together.
     */
    public Money cancel(Application application, String reason, String approver, Instant now) {
        requireStatus(application, ApplicationStatus::isRunning);
        InvalidInputException.throwIfAny(Violation.ofRequiredText("reason", reason, 2000), "grant.field");
        application.cancel();
        return end(approver, reason.trim(), now);
    }

    /**
     * An approver decides at a verified decision point that the project goes on: the milestones after it may be
     * reported and paid (up to the next decision point).
     */
    public GrantMilestone goOn(Application application, GrantMilestone decisionPoint, String justification,
            String approver, Instant now) {
        return decideAtGate(application, decisionPoint, GateDecision.GO, justification, approver, now);
    }

    /**
     * An approver stops the project at a verified decision point: the grant ends as a cancellation does, its withheld
     * money outstanding forfeited and its unpaid milestones freed. Returns what goes back to the year's frame.
     */
    public Money stop(Application application, GrantMilestone decisionPoint, String reason, String approver,
            Instant now) {
        decideAtGate(application, decisionPoint, GateDecision.STOP, reason, approver, now);
        application.cancel();
        return end(approver, reason.trim(), now);
    }

    /** The decision point verified and waiting for an approver's go or stop, if any: see {@link DecisionPoints}. */
    public Optional<GrantMilestone> decisionAwaited(Application application) {
        return application.getStatus().isRunning() ? DecisionPoints.awaited(milestones) : Optional.empty();
    }

    /** The decision point before {@code milestone} that holds it back while the grant runs, or null if none does. */
    public GrantMilestone heldBackBy(Application application, GrantMilestone milestone) {
        return application.getStatus().isRunning() ? DecisionPoints.heldBackBy(milestones, milestone) : null;
    }

    /**
     * A milestone of this grant is reported and verified while the grant is payable and, while it runs, no decision
     * point holds it back; once the project is confirmed in operation the decision points are behind it.
     */
    private void requirePayable(Application application, GrantMilestone milestone) {
        requireStatus(application, ApplicationStatus::isPayable);
        own(milestone, milestone.getGrant());
        if (application.getStatus().isRunning()) {
            DecisionPoints.requireNotHeldBack(milestones, milestone);
        }
    }

    private GrantMilestone decideAtGate(Application application, GrantMilestone decisionPoint, GateDecision decision,
            String text, String approver, Instant now) {
        requireStatus(application, ApplicationStatus::isRunning);
        return DecisionPoints.decide(own(decisionPoint, decisionPoint.getGrant()), payments, decision, text, approver,
                now);
    }

    /**
     * Makes an approved change of the plan, checked first against the grant as it is now (see
     * {@link PlanChange#violations} and {@link Replanning}). Returns by how much the granted amount grew (negative
     * when it shrank), which the caller commits or frees under the budget year's lock.
     */
    public Money applyChange(Application application, PlanChange change, LocalDate today) {
        requireStatus(application, ApplicationStatus::isPayable);
        InvalidInputException.throwIfAny(change.violations(this, application, today), ChangeRequest.LABELS);
        Money newAmount = change.amountFor(this);
        operation.reschedule(change.operationDateFor(this));
        Replanning.replan(this, milestones, change.linesFor(this));
        Money grown = newAmount.minus(amount);
        this.amount = newAmount;
        return grown;
    }

    /** Not in operation by the deadline and the grace period: as a cancellation, by the system. */
    public Money expire(Application application, LocalDate today, int graceDays, String system, Instant now) {
        if (!operation.isMissed(application, today, graceDays)) {
            throw new DomainException("grant.notPastOperationDeadline", operation.getDeadline());
        }
        application.expire();
        return end(system, "operation deadline " + operation.getDeadline() + " + " + graceDays + " days passed", now);
    }

    /**
     * Closes an operational grant whose reporting period is fulfilled (the caller checks the benefit reports). Every
     * payment must be settled first: none waiting for the approver, no withheld money outstanding (a rejected release
     * is proposed again by confirming the operation). Milestones never verified will not be paid: they are freed.
     * Returns what goes back to the year's frame.
     */
    public Money close(Application application, String username, Instant now) {
        requireStatus(application, status -> status == ApplicationStatus.OPERATIONAL);
        requireNoPayment(Payment::awaitsApproval, "grant.closePaymentsUndecided");
        Money outstanding = ledger().withheldOutstanding();
        if (outstanding.isPositive()) {
            throw new DomainException("grant.closeWithheldOutstanding", outstanding.amount());
        }
        application.close();
        ending.ended(username, now, null);
        return ending.freeUnpaid(milestones);
    }

    private Money end(String username, String reason, Instant now) {
        ending.ended(username, now, reason);
        return ending.forfeitAndFree(ledger().withheldOutstanding(), milestones);
    }

    /** The grant's money, to the øre: see {@link Ledger}. */
    public Ledger ledger() {
        return Ledger.of(amount, milestones, payments, ending.getForfeited(), ending.getFreed());
    }

    public GrantMilestone milestone(long milestoneId) {
        return milestones.stream().filter(m -> Long.valueOf(milestoneId).equals(m.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Milestone " + milestoneId));
    }

    private <T> T own(T part, Grant itsGrant) {
        if (itsGrant != this) {
            throw new NotFoundException("Milestone or payment of another grant");
        }
        return part;
    }

    private void requireNoPayment(Predicate<Payment> undecided, String messageKey) {
        long count = payments.stream().filter(undecided).count();
        if (count > 0) {
            throw new DomainException(messageKey, count);
        }
    }

    private static void requireStatus(Application application, Predicate<ApplicationStatus> allowed) {
        if (!allowed.test(application.getStatus())) {
            throw new DomainException("grant.notInThisState", application.getStatus());
        }
    }

    public List<GrantMilestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<Payment> getPayments() {
        return Collections.unmodifiableList(payments);
    }

    public GrantOperation getOperation() {
        return operation;
    }

    public GrantEnding getEnding() {
        return ending;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public Money getAmount() {
        return amount;
    }

    public BigDecimal getWithheldPercent() {
        return withheldPercent;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public GrantAnswer getAnswer() {
        return answer;
    }
}
