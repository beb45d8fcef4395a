package no.gevinst.payments.entity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.gevinst.applications.entity.Instalment;

/**
 * How an approved change re-plans a grant's milestones: the verified and paid ones first, as they were; then the
 * change's lines in its order, each changing its milestone or adding one; then the unpaid milestones the change left
 * out, removed; then those removed before. Positions run without gaps, so the plan reads in one order everywhere.
 */
final class Replanning {

    private Replanning() {
    }

    static void replan(Grant grant, List<GrantMilestone> milestones, List<PlanChange.Line> lines) {
        List<GrantMilestone> unpaid = milestones.stream().filter(GrantMilestone::isUnpaid).toList();
        List<GrantMilestone> removedBefore = milestones.stream()
                .filter(m -> m.getStatus() == MilestoneStatus.REMOVED && !unpaid.contains(m)).toList();
        int position = 0;
        for (GrantMilestone kept : milestones.stream()
                .filter(m -> !m.isUnpaid() && m.getStatus() != MilestoneStatus.REMOVED).toList()) {
            kept.moveTo(position++);
        }
        Set<GrantMilestone> listed = new HashSet<>();
        for (PlanChange.Line line : lines) {
            if (line.milestoneId() == null) {
                milestones.add(new GrantMilestone(grant, position++,
                        new Instalment(line.title(), line.dueDate(), line.amount())));
            } else {
                GrantMilestone milestone = grant.milestone(line.milestoneId());
                milestone.revise(position++, line.title(), line.dueDate(), line.amount());
                listed.add(milestone);
            }
        }
        for (GrantMilestone left : unpaid) {
            if (!listed.contains(left)) {
                left.remove(position++);
            }
        }
        for (GrantMilestone removed : removedBefore) {
            removed.moveTo(position++);
        }
        milestones.sort(Comparator.comparingInt(GrantMilestone::getPosition));
    }
}
