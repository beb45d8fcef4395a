package no.gevinst.calls.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * Everything an administrator decides about a call, as typed; {@link #violations()} says what breaks the rules.
 * Fields may be null: a missing value is a violation, not an exception.
 */
public record CallTerms(Integer budgetYear, String title, LocalDate opensOn, LocalDate closesOn, Money frame,
        BigDecimal withheldPercent, BigDecimal maxCostSharePercent, Integer reportingPeriodYears,
        String budgetChapterPost,
        boolean subjectToBudgetDecision, Set<TechnologyCategory> categories, List<Criterion> criteria) {

    /** A criterion as typed: its name and weight in per cent. */
    public record Criterion(String name, Integer weight) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (budgetYear == null) {
            violations.add(Violation.of("budgetYear", "validation.required"));
        } else if (budgetYear < 2000 || budgetYear > 2100) {
            violations.add(Violation.of("budgetYear", "validation.call.budgetYear"));
        }
        if (title == null || title.isBlank()) {
            violations.add(Violation.of("title", "validation.required"));
        } else if (title.length() > 300) {
            violations.add(Violation.of("title", "validation.tooLong", 300));
        }
        if (opensOn == null) {
            violations.add(Violation.of("opensOn", "validation.required"));
        }
        if (closesOn == null) {
            violations.add(Violation.of("closesOn", "validation.required"));
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            violations.add(Violation.of("closesOn", "validation.call.closesBeforeOpens"));
        }
        if (frame == null) {
            violations.add(Violation.of("frame", "validation.required"));
        } else if (frame.isNegative()) {
            violations.add(Violation.of("frame", "validation.notNegative"));
        }
        percent(violations, "withheldPercent", withheldPercent, true);
        percent(violations, "maxCostSharePercent", maxCostSharePercent, false);
        SchemeTerms.whole(violations, "reportingPeriodYears", reportingPeriodYears, 1, 20);
        if (budgetChapterPost != null && budgetChapterPost.length() > 100) {
            violations.add(Violation.of("budgetChapterPost", "validation.tooLong", 100));
        }
        if (categories == null || categories.isEmpty()) {
            violations.add(Violation.of("categories", "validation.call.noCategory"));
        }
        criteriaViolations(criteria, violations);
        return violations;
    }

    /** Criteria must be named and weighted, the weights adding up to 100. */
    static void criteriaViolations(List<Criterion> criteria, List<Violation> violations) {
        if (criteria == null || criteria.isEmpty()) {
            violations.add(Violation.of("criteria", "validation.call.noCriterion"));
            return;
        }
        int sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (criterion.name() == null || criterion.name().isBlank()) {
                violations.add(Violation.of(field + ".name", "validation.required"));
            } else if (criterion.name().length() > 200) {
                violations.add(Violation.of(field + ".name", "validation.tooLong", 200));
            }
            if (criterion.weight() == null || criterion.weight() < 1 || criterion.weight() > 100) {
                violations.add(Violation.of(field + ".weight", "validation.call.weight"));
            } else {
                sum += criterion.weight();
            }
        }
        if (sum != 100) {
            violations.add(Violation.of("criteria", "validation.call.weightsSum", sum));
        }
    }

    static void percent(List<Violation> violations, String field, BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            violations.add(Violation.of(field, "validation.required"));
        } else if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.of(field, zeroAllowed ? "validation.percent" : "validation.percentPositive"));
        }
    }
}
