package no.gevinst.payments.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.gevinst.platform.entity.DomainException;

/**
 * What a grant's decision points hold back while it runs: nothing after a decision point that has not been passed
 * with a go is reported or verified, and the operation is neither reported nor confirmed while one waits for its
 * decision. At most one waits at a time, since nothing after it can be verified.
 */
final class DecisionPoints {

    private DecisionPoints() {
    }

    /** The decision point before {@code milestone} that holds it back, or null if none does. */
    static GrantMilestone heldBackBy(List<GrantMilestone> milestones, GrantMilestone milestone) {
        return milestones.stream().filter(m -> m.getPosition() < milestone.getPosition() && m.holdsBack())
                .findFirst().orElse(null);
    }

    static void requireNotHeldBack(List<GrantMilestone> milestones, GrantMilestone milestone) {
        GrantMilestone gate = heldBackBy(milestones, milestone);
        if (gate != null) {
            throw new DomainException("milestone.heldBackByDecisionPoint", gate.getPosition() + 1, gate.getTitle());
        }
    }

    static Optional<GrantMilestone> awaited(List<GrantMilestone> milestones) {
        return milestones.stream().filter(GrantMilestone::awaitsDecision).findFirst();
    }

    static void requireNoneAwaited(List<GrantMilestone> milestones) {
        awaited(milestones).ifPresent(gate -> {
            throw new DomainException("operation.decisionPointAwaited", gate.getPosition() + 1, gate.getTitle());
        });
    }

    /** Four eyes at a decision point: the approver neither verified it nor proposed its payment that stands. */
    static GrantMilestone decide(GrantMilestone decisionPoint, List<Payment> payments, GateDecision decision,
            String text, String approver, Instant now) {
        String proposer = payments.stream().filter(p -> p.getMilestone() == decisionPoint
                && p.getStatus() != PaymentStatus.REJECTED).map(Payment::getProposedBy).findFirst().orElse(null);
        decisionPoint.decideAtGate(decision, text, approver, now, proposer);
        return decisionPoint;
    }
}
