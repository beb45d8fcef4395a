package no.gevinst.calls.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.platform.entity.Violation;

/** The scheme's settings as an administrator types them; {@link #violations()} says what breaks the rules. */
public record SchemeTerms(BigDecimal defaultWithheldPercent, BigDecimal defaultMaxCostSharePercent,
        Integer reportingPeriodYears, Integer acceptanceDeadlineDays, Integer operationGraceDays,
        Set<TechnologyCategory> defaultCategories, List<CallTerms.Criterion> criteriaTemplate, String debtorName,
        String debtorAccount) {

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        CallTerms.percent(violations, "defaultWithheldPercent", defaultWithheldPercent, true);
        CallTerms.percent(violations, "defaultMaxCostSharePercent", defaultMaxCostSharePercent, false);
        whole(violations, "reportingPeriodYears", reportingPeriodYears, 1, 20);
        whole(violations, "acceptanceDeadlineDays", acceptanceDeadlineDays, 1, 365);
        whole(violations, "operationGraceDays", operationGraceDays, 0, 730);
        if (defaultCategories == null || defaultCategories.isEmpty()) {
            violations.add(Violation.of("categories", "validation.call.noCategory"));
        }
        CallTerms.criteriaViolations(criteriaTemplate, violations);
        if (debtorName != null && debtorName.trim().length() > 140) {
            violations.add(Violation.of("debtorName", "validation.tooLong", 140));
        }
        if (debtorAccount != null && !debtorAccount.isBlank() && !BankAccountNumber.isValid(debtorAccount)) {
            violations.add(Violation.of("debtorAccount", "validation.bankAccount"));
        }
        return violations;
    }

    static void whole(List<Violation> violations, String field, Integer value, int min, int max) {
        if (value == null) {
            violations.add(Violation.of(field, "validation.required"));
        } else if (value < min || value > max) {
            violations.add(Violation.of(field, "validation.between", min, max));
        }
    }
}
