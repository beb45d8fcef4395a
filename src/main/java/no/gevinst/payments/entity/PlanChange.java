package no.gevinst.payments.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.applications.entity.Application;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * A change of a grant's plan as asked for, or as the case handler recommends it: the new granted amount, the new
 * planned operation date (the operation deadline), and the milestones not yet verified as they are to be, in their
 * order (a line with a milestone's id changes it, one without adds a milestone, a milestone left out is removed).
 * Each part left null stays as it is. What is verified or paid is never part of a change.
 */
public record PlanChange(Money amount, LocalDate plannedOperationDate, List<Line> milestones) {

    /** A milestone of the changed plan: an existing one ({@code milestoneId}) or a new one (null). */
    public record Line(Long milestoneId, String title, LocalDate dueDate, Money amount) {
    }

    public PlanChange {
        milestones = milestones == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(milestones));
    }

    /** The granted amount after the change. */
    public Money amountFor(Grant grant) {
        return amount == null ? grant.getAmount() : amount;
    }

    /** The operation deadline after the change. */
    public LocalDate operationDateFor(Grant grant) {
        return plannedOperationDate == null ? grant.getOperation().getDeadline() : plannedOperationDate;
    }

    /** The milestones not yet verified after the change, as lines. */
    public List<Line> linesFor(Grant grant) {
        if (milestones != null) {
            return milestones;
        }
        return grant.getMilestones().stream().filter(GrantMilestone::isUnpaid)
                .map(m -> new Line(m.getId(), m.getTitle(), m.getDueDate(), m.getAmount())).toList();
    }

    /**
     * Why the change cannot be made to the grant as it is now: a line without its title, date or a positive amount, a
     * milestone that is not the grant's or already verified, a milestone twice, an operation date in the past or
     * after operation, a total that is not the amount (what is verified plus the lines), a higher amount than the
     * application's share of its eligible cost allows, or no change at all. {@code field} prefixes the fields.
     */
    public List<Violation> violations(Grant grant, Application application, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Map<Long, GrantMilestone> byId = grant.getMilestones().stream()
                .collect(Collectors.toMap(GrantMilestone::getId, Function.identity()));
        Set<Long> listed = new HashSet<>();
        List<Line> lines = linesFor(grant);
        Money total = verifiedAmount(grant);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "milestones[" + i + "]";
            if (line == null) {
                violations.add(Violation.of(field + ".title", "validation.required"));
                continue;
            }
            violations.addAll(Violation.ofRequiredText(field + ".title", line.title(), 300));
            if (line.dueDate() == null) {
                violations.add(Violation.of(field + ".dueDate", "validation.required"));
            }
            if (line.amount() == null || !line.amount().isPositive()) {
                violations.add(Violation.of(field + ".amount", "validation.positive"));
            } else {
                total = total.plus(line.amount());
            }
            if (line.milestoneId() != null) {
                GrantMilestone milestone = byId.get(line.milestoneId());
                if (milestone == null || milestone.getStatus() == MilestoneStatus.REMOVED) {
                    violations.add(Violation.of(field + ".id", "validation.change.unknownMilestone"));
                } else if (!milestone.isUnpaid()) {
                    violations.add(Violation.of(field + ".id", "validation.change.milestoneVerified",
                            milestone.getTitle()));
                } else if (!listed.add(line.milestoneId())) {
                    violations.add(Violation.of(field + ".id", "validation.change.milestoneTwice"));
                }
            }
        }
        Money newAmount = amountFor(grant);
        if (amount != null && !amount.isPositive()) {
            violations.add(Violation.of("amount", "validation.positive"));
        } else if (amount != null && amount.isGreaterThan(grant.getAmount())
                && application.maxRequest().filter(amount::isGreaterThan).isPresent()) {
            violations.add(Violation.of("amount", "validation.change.aboveShare",
                    application.maxRequest().orElseThrow().amount()));
        }
        if (violations.isEmpty() && total.compareTo(newAmount) != 0) {
            violations.add(Violation.of(amount == null ? "milestones" : "amount", amount == null
                    ? "validation.change.totalUnchanged" : "validation.change.planSum", total.amount(),
                    newAmount.amount()));
        }
        if (plannedOperationDate != null) {
            if (application.getStatus() == no.gevinst.applications.entity.ApplicationStatus.OPERATIONAL) {
                violations.add(Violation.of("plannedOperationDate", "validation.change.alreadyInOperation"));
            } else if (plannedOperationDate.isBefore(today)) {
                violations.add(Violation.of("plannedOperationDate", "validation.change.operationDateInPast"));
            }
        }
        if (violations.isEmpty() && kinds(grant).isEmpty()) {
            violations.add(Violation.of("milestones", "validation.change.nothing"));
        }
        return violations;
    }

    /** What the change changes, compared with the grant as it is. */
    public Set<ChangeKind> kinds(Grant grant) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        int compared = amountFor(grant).compareTo(grant.getAmount());
        if (compared < 0) {
            kinds.add(ChangeKind.LOWER_GRANT);
        } else if (compared > 0) {
            kinds.add(ChangeKind.HIGHER_GRANT);
        }
        if (!Objects.equals(operationDateFor(grant), grant.getOperation().getDeadline())) {
            kinds.add(ChangeKind.NEW_OPERATION_DATE);
        }
        List<GrantMilestone> unpaid = grant.getMilestones().stream().filter(GrantMilestone::isUnpaid).toList();
        List<Line> lines = linesFor(grant);
        Set<Long> kept = new HashSet<>();
        for (Line line : lines) {
            if (line == null) {
                continue;
            }
            if (line.milestoneId() == null) {
                kinds.add(ChangeKind.ADDED_MILESTONES);
                continue;
            }
            kept.add(line.milestoneId());
            unpaid.stream().filter(m -> m.getId().equals(line.milestoneId())).findFirst().ifPresent(m -> {
                if (!Objects.equals(m.getDueDate(), line.dueDate())) {
                    kinds.add(ChangeKind.NEW_DUE_DATES);
                }
                if (line.amount() != null && m.getAmount().compareTo(line.amount()) != 0) {
                    kinds.add(ChangeKind.MOVED_AMOUNTS);
                }
                if (!Objects.equals(m.getTitle(), line.title() == null ? null : line.title().strip())) {
                    kinds.add(ChangeKind.RENAMED_MILESTONES);
                }
            });
        }
        if (unpaid.stream().anyMatch(m -> !kept.contains(m.getId()))) {
            kinds.add(ChangeKind.REMOVED_MILESTONES);
        }
        List<Long> order = lines.stream().filter(Objects::nonNull).map(Line::milestoneId).filter(Objects::nonNull)
                .toList();
        List<Long> before = unpaid.stream().map(GrantMilestone::getId).filter(kept::contains).toList();
        if (!order.equals(before)) {
            kinds.add(ChangeKind.REORDERED_MILESTONES);
        }
        return kinds;
    }

    /** What the verified milestones come to: the part of the grant a change leaves as it was. */
    public static Money verifiedAmount(Grant grant) {
        return grant.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.VERIFIED)
                .map(GrantMilestone::getAmount).reduce(Money.ZERO, Money::plus);
    }
}
