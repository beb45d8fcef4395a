package no.gevinst.assessment.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.AssessmentCriterion;
import no.gevinst.applications.entity.PlannedMilestone;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * A case handler's recommendation as typed: the outcome, for a grant its amount and payment plan (empty: the
 * applicant's milestones scaled to the amount), a score for every criterion of the call, and the justification.
 */
public record Recommendation(Outcome outcome, Money amount, List<Instalment> plan, List<Score> scores,
        String justification, Set<Integer> decisionPoints) {

    /** A criterion's score, 1 (weak) to 6 (excellent), with a comment. */
    public record Score(Long criterionId, Integer score, String comment) {
    }

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 6;

    public Recommendation {
        plan = plan == null ? List.of() : List.copyOf(plan);
        scores = scores == null ? List.of() : List.copyOf(scores);
        decisionPoints = decisionPoints == null ? Set.of() : Set.copyOf(decisionPoints);
    }

    /** A recommendation without decision points. */
    public Recommendation(Outcome outcome, Money amount, List<Instalment> plan, List<Score> scores,
            String justification) {
        this(outcome, amount, plan, scores, justification, Set.of());
    }

    public List<Violation> violations(Application application) {
        List<Violation> violations = new ArrayList<>();
        if (outcome == null) {
            violations.add(Violation.of("outcome", "validation.required"));
        }
        if (justification == null || justification.isBlank()) {
            violations.add(Violation.of("justification", "validation.required"));
        } else if (justification.length() > 4000) {
            violations.add(Violation.of("justification", "validation.tooLong", 4000));
        }
        scoreViolations(application, violations);
        if (outcome == Outcome.GRANT) {
            amountViolations(application, violations);
            decisionPointViolations(application, violations);
            if (violations.isEmpty() && plan.isEmpty()
                    && planFor(application).stream().anyMatch(item -> item.amount().compareTo(Money.ZERO) <= 0)) {
                // Scaled down this far a milestone would come to nothing: the case handler gives the plan instead.
                violations.add(Violation.of("milestones", "validation.positive"));
            }
        }
        return violations;
    }

    private void scoreViolations(Application application, List<Violation> violations) {
        Set<Long> criteria = new HashSet<>();
        application.getCall().getCriteria().forEach(c -> criteria.add(c.getId()));
        Set<Long> scored = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            String field = "scores[" + i + "]";
            if (score == null || score.criterionId() == null || !criteria.contains(score.criterionId())) {
                violations.add(Violation.of(field + ".criterion", "validation.assessment.unknownCriterion"));
            } else if (!scored.add(score.criterionId())) {
                violations.add(Violation.of(field + ".criterion", "validation.assessment.scoredTwice"));
            }
            if (score != null && (score.score() == null || score.score() < MIN_SCORE || score.score() > MAX_SCORE)) {
                violations.add(Violation.of(field + ".score", "validation.assessment.score", MIN_SCORE, MAX_SCORE));
            }
            if (score != null) {
                violations.addAll(Violation.ofOptionalText(field + ".comment", score.comment(), 2000));
            }
        }
        if (!scored.containsAll(criteria)) {
            violations.add(Violation.of("scores", "validation.assessment.everyCriterion"));
        }
    }

    /**
     * A decision point is a milestone of the plan (given, or the applicant's scaled), and never the last: a decision
     * point holds back what comes after it, and after the last milestone there is nothing to hold back.
     */
    private void decisionPointViolations(Application application, List<Violation> violations) {
        int size = plan.isEmpty() ? application.getMilestones().size() : plan.size();
        for (int position : new java.util.TreeSet<>(decisionPoints)) {
            String field = plan.isEmpty() ? "decisionPoints" : "milestones[" + position + "].decisionPoint";
            if (position == size - 1) {
                violations.add(Violation.of(field, "validation.assessment.decisionPointLast"));
            } else if (position < 0 || position >= size) {
                violations.add(Violation.of(field, "validation.assessment.decisionPointUnknown", position + 1));
            }
        }
    }

    private void amountViolations(Application application, List<Violation> violations) {
        if (amount == null) {
            violations.add(Violation.of("amount", "validation.required"));
            return;
        }
        if (amount.compareTo(Money.ZERO) <= 0) {
            violations.add(Violation.of("amount", "validation.positive"));
        } else if (application.getRequestedAmount() != null && amount.isGreaterThan(application.getRequestedAmount())) {
            violations.add(Violation.of("amount", "validation.assessment.aboveRequested",
                    application.getRequestedAmount().amount()));
        } else if (application.maxRequest().filter(amount::isGreaterThan).isPresent()) {
            violations.add(Violation.of("amount", "validation.assessment.aboveShare",
                    application.maxRequest().orElseThrow().amount()));
        }
        Money sum = Money.ZERO;
        for (int i = 0; i < plan.size(); i++) {
            Instalment item = plan.get(i);
            String field = "milestones[" + i + "]";
            violations.addAll(Violation.ofRequiredText(field + ".title", item == null ? null : item.title(), 300));
            if (item == null || item.dueDate() == null) {
                violations.add(Violation.of(field + ".dueDate", "validation.required"));
            }
            if (item == null || item.amount() == null || item.amount().compareTo(Money.ZERO) <= 0) {
                violations.add(Violation.of(field + ".amount", "validation.positive"));
            } else {
                sum = sum.plus(item.amount());
            }
        }
        if (!plan.isEmpty() && !sum.equals(amount)) {
            violations.add(Violation.of("milestones", "validation.assessment.planSum", sum.amount(), amount.amount()));
        }
    }

    /** The weighted total: the scores weighted by their criteria, on the same 1–6 scale. */
    public BigDecimal weightedScore(Application application) {
        BigDecimal total = BigDecimal.ZERO;
        for (AssessmentCriterion criterion : application.getCall().getCriteria()) {
            int score = scores.stream().filter(s -> criterion.getId().equals(s.criterionId())).mapToInt(Score::score)
                    .findFirst().orElse(0);
            total = total.add(BigDecimal.valueOf((long) score * criterion.getWeight()));
        }
        return total.divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
    }

    /**
     * The payment plan with its decision points marked: as given, or else the applicant's milestones scaled to the
     * amount (see {@link #scaled}).
     */
    public List<Instalment> planFor(Application application) {
        if (outcome != Outcome.GRANT) {
            return plan;
        }
        List<Instalment> amounts = plan.isEmpty() ? scaled(application) : plan;
        List<Instalment> marked = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Instalment item = amounts.get(i);
            marked.add(item == null ? null
                    : new Instalment(item.title(), item.dueDate(), item.amount(), decisionPoints.contains(i)));
        }
        return marked;
    }

    /**
     * The applicant's milestones scaled to the amount. Each part is its exact share rounded down to øre, and the øre
     * left over go one each to the parts with the largest remainders: the plan adds up to the amount exactly and no
     * part is more than an øre from its exact share.
     */
    private List<Instalment> scaled(Application application) {
        List<PlannedMilestone> applied = application.getMilestones();
        // The milestones' own sum, which submission made equal to the requested amount.
        BigDecimal requested = applied.stream().map(m -> m.getAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal[] floors = new BigDecimal[applied.size()];
        BigDecimal[] remainders = new BigDecimal[applied.size()];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < applied.size(); i++) {
            BigDecimal exact = applied.get(i).getAmount().amount().multiply(amount.amount())
                    .divide(requested, 10, RoundingMode.HALF_UP);
            floors[i] = exact.setScale(2, RoundingMode.DOWN);
            remainders[i] = exact.subtract(floors[i]);
            given = given.add(floors[i]);
        }
        long leftOverØre = amount.amount().subtract(given).movePointRight(2).longValueExact();
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort((a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < leftOverØre; k++) {
            int i = byRemainder.get(k % byRemainder.size());
            floors[i] = floors[i].add(new BigDecimal("0.01"));
        }
        List<Instalment> scaled = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            scaled.add(new Instalment(applied.get(i).getTitle(), applied.get(i).getDueDate(), Money.of(floors[i])));
        }
        return scaled;
    }
}
