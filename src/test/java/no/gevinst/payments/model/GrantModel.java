package no.gevinst.payments.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reference model of one grant after its decision, written from domain.md's lifecycle and money rules (and the
 * rules issue 20 decided), not from {@code Grant}: plain values, every act checks first and then changes, so a
 * refused act changes nothing. The tests drive it side by side with the real code and compare.
 */
public final class GrantModel {

    public enum State { RECOMMENDED, GRANTED, ACCEPTED, IN_PROGRESS, OPERATIONAL, CLOSED, LAPSED, CANCELLED, EXPIRED }

    public enum MilestoneState { PLANNED, REPORTED, VERIFIED, FREED, REMOVED }

    public enum PaymentState { PROPOSED, APPROVED, SENT, REJECTED }

    static final Set<State> RUNNING = EnumSet.of(State.ACCEPTED, State.IN_PROGRESS);
    static final Set<State> PAYABLE = EnumSet.of(State.ACCEPTED, State.IN_PROGRESS, State.OPERATIONAL);
    static final Set<State> ENDED = EnumSet.of(State.CANCELLED, State.EXPIRED);

    /** An act the rules refuse; nothing was changed. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String why) {
            super(why, null, false, false);
        }
    }

    public enum Gate { GO, STOP }

    public static final class Milestone {
        public BigDecimal amount;
        public MilestoneState state = MilestoneState.PLANNED;
        public boolean decisionPoint;
        public Gate gate;
        public String verifier;

        Milestone(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A milestone payment ({@code milestone} ≥ 0) or a release ({@code milestone} = -1). */
    public static final class Payment {
        public int milestone;
        public final BigDecimal withheld;
        public final BigDecimal net;
        public final String proposer;
        public PaymentState state = PaymentState.PROPOSED;
        public boolean batched;

        Payment(int milestone, BigDecimal withheld, BigDecimal net, String proposer) {
            this.milestone = milestone;
            this.withheld = withheld;
            this.net = net;
            this.proposer = proposer;
        }

        public boolean isRelease() {
            return milestone < 0;
        }

        public boolean live() {
            return state != PaymentState.REJECTED;
        }
    }

    /** The five places a krone can be, and what was released (part of paid). */
    public record Ledger(BigDecimal granted, BigDecimal paid, BigDecimal withheldOutstanding, BigDecimal released,
            BigDecimal forfeited, BigDecimal notYetDue, BigDecimal freed) {
    }

    public BigDecimal granted;
    public final BigDecimal percent;
    public final String recommender;
    public final List<Milestone> milestones = new ArrayList<>();
    public final List<Payment> payments = new ArrayList<>();
    public State state = State.RECOMMENDED;
    public BigDecimal forfeited = BigDecimal.ZERO.setScale(2);
    public LocalDate acceptanceDeadline;
    public LocalDate operationDeadline;
    public LocalDate operationReportedOn;
    public final List<LocalDate> measurements = new ArrayList<>();

    public GrantModel(BigDecimal percent, String recommender, List<BigDecimal> plan) {
        this.percent = percent;
        this.recommender = recommender;
        plan.forEach(a -> milestones.add(new Milestone(a.setScale(2))));
        this.granted = plan.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    void copyInto(GrantModel copy, java.util.Map<Payment, Payment> copies) {
        copy.milestones.clear();
        for (Milestone m : milestones) {
            Milestone c = new Milestone(m.amount);
            c.state = m.state;
            c.decisionPoint = m.decisionPoint;
            c.gate = m.gate;
            c.verifier = m.verifier;
            copy.milestones.add(c);
        }
        copy.granted = granted;
        for (Payment p : payments) {
            Payment c = new Payment(p.milestone, p.withheld, p.net, p.proposer);
            c.state = p.state;
            c.batched = p.batched;
            copy.payments.add(c);
            copies.put(p, c);
        }
        copy.state = state;
        copy.forfeited = forfeited;
        copy.acceptanceDeadline = acceptanceDeadline;
        copy.operationDeadline = operationDeadline;
        copy.operationReportedOn = operationReportedOn;
        copy.measurements.addAll(measurements);
    }

    public Ledger ledger() {
        BigDecimal paid = zero();
        BigDecimal withheld = zero();
        BigDecimal released = zero();
        for (Payment p : payments) {
            if (p.live()) {
                paid = paid.add(p.net);
                withheld = withheld.add(p.withheld);
                if (p.isRelease()) {
                    released = released.add(p.net);
                }
            }
        }
        return new Ledger(granted, paid, withheld.subtract(released).subtract(forfeited), released, forfeited,
                sum(MilestoneState.PLANNED, MilestoneState.REPORTED), sum(MilestoneState.FREED));
    }

    /** What the grant holds against its year's and call's frames: granted − freed − forfeited (0 before decision). */
    public BigDecimal committed() {
        return state == State.RECOMMENDED ? zero() : granted.subtract(ledger().freed()).subtract(forfeited);
    }

    // ---- the decision and the answer

    void decided(LocalDate acceptanceDeadline, LocalDate operationDeadline) {
        require(state == State.RECOMMENDED, "not recommended");
        this.state = State.GRANTED;
        this.acceptanceDeadline = acceptanceDeadline;
        this.operationDeadline = operationDeadline;
    }

    public void accept(LocalDate today) {
        require(state == State.GRANTED, "accept: not granted");
        require(!today.isAfter(acceptanceDeadline), "accept: deadline passed");
        state = State.ACCEPTED;
    }

    /** Declined by the municipality: lapsed, every milestone freed. Returns what goes back to the frame. */
    public BigDecimal decline() {
        require(state == State.GRANTED, "decline: not granted");
        state = State.LAPSED;
        return freeUnpaid();
    }

    /** The acceptance deadline job: lapses this grant if it is due. Returns what goes back to the frame. */
    public BigDecimal lapseIfDue(LocalDate today) {
        if (state != State.GRANTED || !today.isAfter(acceptanceDeadline)) {
            return zero();
        }
        state = State.LAPSED;
        return freeUnpaid();
    }

    // ---- milestones

    public void report(int m) {
        require(PAYABLE.contains(state), "report: grant " + state);
        requireNotHeldBack(m, "report");
        Milestone milestone = milestones.get(m);
        require(milestone.state == MilestoneState.PLANNED || milestone.state == MilestoneState.REPORTED,
                "report: milestone " + milestone.state);
        milestone.state = MilestoneState.REPORTED;
    }

    public void sendBack(int m) {
        require(PAYABLE.contains(state), "send back: grant " + state);
        Milestone milestone = milestones.get(m);
        require(milestone.state == MilestoneState.REPORTED, "send back: milestone " + milestone.state);
        milestone.state = MilestoneState.PLANNED;
    }

    public void verify(int m, String caseHandler) {
        require(PAYABLE.contains(state), "verify: grant " + state);
        requireNotHeldBack(m, "verify");
        Milestone milestone = milestones.get(m);
        require(milestone.state == MilestoneState.REPORTED, "verify: milestone " + milestone.state);
        BigDecimal withheld = state == State.OPERATIONAL ? zero()
                : milestone.amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        milestone.state = MilestoneState.VERIFIED;
        milestone.verifier = caseHandler;
        payments.add(new Payment(m, withheld, milestone.amount.subtract(withheld), caseHandler));
        if (state == State.ACCEPTED) {
            state = State.IN_PROGRESS;
        }
    }

    // ---- payments

    public void approve(int p, String approver) {
        Payment payment = payments.get(p);
        require(payment.state == PaymentState.PROPOSED, "approve: payment " + payment.state);
        require(!approver.equals(payment.proposer), "approve: four eyes");
        payment.state = PaymentState.APPROVED;
    }

    /** Returns what goes back to the frame: on an ended grant, the milestone freed and its withheld part unforfeited. */
    public BigDecimal reject(int p) {
        Payment payment = payments.get(p);
        require(payment.state == PaymentState.PROPOSED, "reject: payment " + payment.state);
        payment.state = PaymentState.REJECTED;
        if (payment.isRelease()) {
            return zero();
        }
        Milestone milestone = milestones.get(payment.milestone);
        if (ENDED.contains(state)) {
            milestone.state = MilestoneState.FREED;
            forfeited = forfeited.subtract(payment.withheld);
            return milestone.amount.subtract(payment.withheld); // freed less what is no longer forfeited
        }
        milestone.state = MilestoneState.REPORTED;
        milestone.verifier = null;
        return zero();
    }

    // ---- decision points (issue 24): nothing after one not passed with a go is reported or verified while the
    // grant runs; after it is verified an approver, neither its verifier nor its payment's proposer, decides

    private void requireNotHeldBack(int m, String act) {
        if (!RUNNING.contains(state)) {
            return;
        }
        for (int before = 0; before < m; before++) {
            require(!milestones.get(before).decisionPoint || milestones.get(before).gate == Gate.GO,
                    act + ": held back by decision point " + before);
        }
    }

    private boolean awaits(Milestone milestone) {
        return milestone.decisionPoint && milestone.state == MilestoneState.VERIFIED && milestone.gate == null;
    }

    private void requireNoDecisionAwaited(String act) {
        require(milestones.stream().noneMatch(this::awaits), act + ": a decision point awaits its decision");
    }

    private void decideAt(int m, String approver, Gate gate) {
        require(RUNNING.contains(state), gate + ": grant " + state);
        Milestone milestone = milestones.get(m);
        require(awaits(milestone), gate + ": milestone " + m + " does not await a decision");
        require(!approver.equals(milestone.verifier), gate + ": four eyes (verifier)");
        require(payments.stream().noneMatch(p -> p.milestone == m && p.live() && p.proposer.equals(approver)),
                gate + ": four eyes (proposer)");
        milestone.gate = gate;
    }

    public void goOn(int m, String approver) {
        decideAt(m, approver, Gate.GO);
    }

    /** Stopped at the decision point: ended as a cancellation. Returns what goes back to the frame. */
    public BigDecimal stop(int m, String approver) {
        decideAt(m, approver, Gate.STOP);
        return end(State.CANCELLED);
    }

    // ---- operation

    public void reportOperation(LocalDate today, int graceDays) {
        require(RUNNING.contains(state), "report operation: grant " + state);
        requireNoDecisionAwaited("report operation");
        // A report in time stops the clock; until the deadline and grace have passed it may be made again, replacing
        // it, and after that the report made in time stands (payments.md).
        require(!today.isAfter(operationDeadline.plusDays(graceDays)), "report operation: after deadline + grace");
        operationReportedOn = today;
    }

    public void confirmOperation(String caseHandler) {
        BigDecimal outstanding = ledger().withheldOutstanding();
        if (state == State.OPERATIONAL) {
            boolean pending = payments.stream().anyMatch(p -> p.isRelease() && p.state == PaymentState.PROPOSED);
            require(!pending && outstanding.signum() > 0, "confirm again: nothing to release");
            payments.add(new Payment(-1, zero(), outstanding, caseHandler));
            return;
        }
        require(RUNNING.contains(state), "confirm: grant " + state);
        requireNoDecisionAwaited("confirm");
        require(operationReportedOn != null, "confirm: not reported");
        require(payments.stream().noneMatch(p -> !p.isRelease() && p.state == PaymentState.PROPOSED
                && p.withheld.signum() > 0), "confirm: a payment with a withheld part is still proposed");
        state = State.OPERATIONAL;
        if (outstanding.signum() > 0) {
            payments.add(new Payment(-1, zero(), outstanding, caseHandler));
        }
    }

    // ---- an approved change of the plan (issue 24)

    /**
     * The plan a change of the walk asks for ({@code kind}: 0 the last unpaid milestone raised by {@code days} × 1 000,
     * 1 lowered to half, 2 removed, 3 a milestone of {@code days} × 1 000 added with the operation {@code days} + 30
     * days from today), checked by change-requests.md's rules; refused when the grant is not payable or the change
     * breaks a rule or changes nothing. The frames are the budget's to check.
     */
    public Replan replan(int kind, int days, LocalDate today, BigDecimal maxRequest) {
        require(PAYABLE.contains(state), "change: grant " + state);
        List<Milestone> unpaid = milestones.stream()
                .filter(m -> m.state == MilestoneState.PLANNED || m.state == MilestoneState.REPORTED).toList();
        require(!unpaid.isEmpty() || kind == 3, "change: nothing unpaid");
        List<Milestone> lines = new ArrayList<>(unpaid);
        List<BigDecimal> amounts = new ArrayList<>(unpaid.stream().map(m -> m.amount).toList());
        BigDecimal step = BigDecimal.valueOf(days * 1000L).setScale(2);
        LocalDate operation = null;
        boolean nothing = false;
        switch (kind) {
            case 0, 1 -> {
                BigDecimal last = amounts.remove(amounts.size() - 1);
                BigDecimal changed = kind == 0 ? last.add(step)
                        : last.multiply(BigDecimal.valueOf(50)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                amounts.add(changed);
                nothing = changed.compareTo(last) == 0;
            }
            case 2 -> {
                lines.remove(lines.size() - 1);
                amounts.remove(amounts.size() - 1);
            }
            default -> {
                lines.add(null);
                amounts.add(step);
                operation = today.plusDays(days + 30L);
            }
        }
        require(amounts.stream().allMatch(a -> a.signum() > 0), "change: a milestone of no amount");
        BigDecimal amount = amounts.stream().reduce(sum(MilestoneState.VERIFIED), BigDecimal::add);
        require(amount.signum() > 0, "change: no amount");
        require(amount.compareTo(granted) <= 0 || amount.compareTo(maxRequest) <= 0,
                "change: above the share of the eligible cost");
        require(operation == null || state != State.OPERATIONAL, "change: already in operation");
        require(!nothing, "change: nothing changes");
        return new Replan(lines, amounts, amount, operation);
    }

    /** A change checked by {@link #replan}: the unpaid milestones as they are to be (null for a new one). */
    public record Replan(List<Milestone> lines, List<BigDecimal> amounts, BigDecimal amount, LocalDate operation) {
    }

    /**
     * Makes the change as the plan's rules order it: the verified milestones first, as they were; then the lines;
     * then the unpaid milestones left out, removed; then those removed before. Payments follow their milestones.
     */
    void apply(Replan replan) {
        List<Milestone> order = new ArrayList<>(milestones.stream().filter(m -> m.state != MilestoneState.PLANNED
                && m.state != MilestoneState.REPORTED && m.state != MilestoneState.REMOVED).toList());
        List<Milestone> removedBefore = milestones.stream().filter(m -> m.state == MilestoneState.REMOVED).toList();
        for (int i = 0; i < replan.lines().size(); i++) {
            Milestone line = replan.lines().get(i) == null ? new Milestone(replan.amounts().get(i))
                    : replan.lines().get(i);
            line.amount = replan.amounts().get(i);
            order.add(line);
        }
        for (Milestone left : milestones) {
            if ((left.state == MilestoneState.PLANNED || left.state == MilestoneState.REPORTED)
                    && !replan.lines().contains(left)) {
                left.state = MilestoneState.REMOVED;
                order.add(left);
            }
        }
        order.addAll(removedBefore);
        for (Payment p : payments) {
            if (!p.isRelease()) {
                p.milestone = order.indexOf(milestones.get(p.milestone));
            }
        }
        milestones.clear();
        milestones.addAll(order);
        granted = replan.amount();
        if (replan.operation() != null) {
            operationDeadline = replan.operation();
        }
    }

    // ---- ends

    public BigDecimal cancel() {
        require(RUNNING.contains(state), "cancel: grant " + state);
        return end(State.CANCELLED);
    }

    /** The operation deadline job: expires this grant if it is due. Returns what goes back to the frame. */
    public BigDecimal expireIfDue(LocalDate today, int graceDays) {
        if (!RUNNING.contains(state) || operationReportedOn != null
                || !today.isAfter(operationDeadline.plusDays(graceDays))) {
            return zero();
        }
        return end(State.EXPIRED);
    }

    private BigDecimal end(State end) {
        BigDecimal forfeit = ledger().withheldOutstanding();
        state = end;
        forfeited = forfeited.add(forfeit);
        return freeUnpaid().add(forfeit);
    }

    /** Whether the reporting period ({@code years} from the operation date) is over with every year reported. */
    public boolean reportingFulfilled(LocalDate today, int years) {
        if (operationReportedOn == null || today.isBefore(operationReportedOn.plusYears(years))) {
            return false;
        }
        for (int y = 1; y <= years; y++) {
            LocalDate from = operationReportedOn.plusYears(y - 1L);
            LocalDate to = operationReportedOn.plusYears(y);
            if (measurements.stream().noneMatch(d -> !d.isBefore(from) && d.isBefore(to))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closes an operational grant whose reporting is fulfilled (not asked when {@code years} is 0: the entities
     * leave that to the caller); unverified milestones freed. Returns them.
     */
    public BigDecimal close(LocalDate today, int years) {
        require(state == State.OPERATIONAL, "close: grant " + state);
        require(years == 0 || reportingFulfilled(today, years), "close: reporting not fulfilled");
        require(payments.stream().noneMatch(p -> p.state == PaymentState.PROPOSED), "close: a payment is proposed");
        require(ledger().withheldOutstanding().signum() == 0, "close: withheld money outstanding");
        state = State.CLOSED;
        return freeUnpaid();
    }

    // ---- batches

    /** Approved payments not yet in a batch. */
    public List<Payment> approvedUnbatched() {
        return payments.stream().filter(p -> p.state == PaymentState.APPROVED && !p.batched).toList();
    }

    private BigDecimal freeUnpaid() {
        BigDecimal freed = zero();
        for (Milestone m : milestones) {
            if (m.state == MilestoneState.PLANNED || m.state == MilestoneState.REPORTED) {
                m.state = MilestoneState.FREED;
                freed = freed.add(m.amount);
            }
        }
        return freed;
    }

    private BigDecimal sum(MilestoneState... states) {
        Set<MilestoneState> wanted = Set.of(states);
        return milestones.stream().filter(m -> wanted.contains(m.state)).map(m -> m.amount)
                .reduce(zero(), BigDecimal::add);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static void require(boolean condition, String why) {
        if (!condition) {
            throw new Refused(why);
        }
    }
}
