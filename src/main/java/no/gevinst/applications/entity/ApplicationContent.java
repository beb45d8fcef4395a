package no.gevinst.applications.entity;

import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.TechnologyCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.platform.entity.EmailAddress;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * Everything a municipality writes in an application, as typed. A draft may be incomplete but never wrong:
 * {@link #wrongValues} refuses a save, {@link #missing} is what must still be filled in before it can be submitted.
 * Any field may be null.
 */
public record ApplicationContent(String title, TechnologyCategory category, String summary, String serviceChange,
        List<String> partnerMunicipalities, String contactName, String contactEmail, String contactPhone,
        String bankAccount, Money eligibleCost, Money ownContribution, Money requestedAmount,
        LocalDate plannedStartDate, LocalDate plannedOperationDate, List<Instalment> milestones,
        List<Target> benefitTargets) {

    /** A benefit target as the applicant states it. */
    public record Target(String indicator, BenefitKind kind, String unit, BigDecimal baseline,
            LocalDate baselineDate, BigDecimal target, LocalDate targetDate, String owner) {
    }

    public static final int MAX_MILESTONES = 20;
    public static final int MAX_TARGETS = 20;
    public static final int MAX_PARTNERS = 60;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,20}");

    public ApplicationContent {
        partnerMunicipalities = partnerMunicipalities == null ? List.of() : List.copyOf(partnerMunicipalities);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        benefitTargets = benefitTargets == null ? List.of() : List.copyOf(benefitTargets);
    }

    /** An application with nothing filled in yet. */
    public static ApplicationContent empty() {
        return new ApplicationContent(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The money a municipality may ask for at most: the call's share of the eligible cost, rounded half-up. */
    public static Money maxRequest(Call call, Money eligibleCost) {
        return eligibleCost.percent(call.getMaxCostSharePercent());
    }

    /**
     * Values that are wrong whatever else is filled in; an application with any of them is not saved.
     *
     * @param lead the number of the applying (lead) municipality
     * @param inRegister whether a municipality number is in the register
     */
    public List<Violation> wrongValues(Call call, String lead, Predicate<String> inRegister) {
        List<Violation> violations = new ArrayList<>();
        length(violations, "title", title, 300);
        if (category != null && !call.getCategories().contains(category)) {
            violations.add(Violation.of("category", "validation.application.categoryNotOffered"));
        }
        length(violations, "summary", summary, 4000);
        length(violations, "serviceChange", serviceChange, 8000);
        partnerViolations(violations, lead, inRegister);
        length(violations, "contactName", contactName, 200);
        if (present(contactEmail) && !EmailAddress.isValid(contactEmail)) {
            violations.add(Violation.of("contactEmail", "validation.email"));
        }
        if (present(contactPhone) && !PHONE.matcher(contactPhone.trim()).matches()) {
            violations.add(Violation.of("contactPhone", "validation.phone"));
        }
        if (present(bankAccount) && !BankAccountNumber.isValid(bankAccount)) {
            violations.add(Violation.of("bankAccount", "validation.bankAccount"));
        }
        notNegative(violations, "eligibleCost", eligibleCost);
        notNegative(violations, "ownContribution", ownContribution);
        notNegative(violations, "requestedAmount", requestedAmount);
        if (requestedAmount != null && eligibleCost != null && !eligibleCost.isNegative()) {
            Money limit = maxRequest(call, eligibleCost);
            if (requestedAmount.isGreaterThan(limit)) {
                violations.add(Violation.of("requestedAmount", "validation.application.maxShare",
                        call.getMaxCostSharePercent(), limit.amount()));
            }
        }
        if (plannedStartDate != null && plannedOperationDate != null
                && plannedOperationDate.isBefore(plannedStartDate)) {
            violations.add(Violation.of("plannedOperationDate", "validation.application.operationBeforeStart"));
        }
        milestoneViolations(violations);
        targetViolations(violations);
        return violations;
    }

    private void partnerViolations(List<Violation> violations, String lead, Predicate<String> inRegister) {
        if (partnerMunicipalities.size() > MAX_PARTNERS) {
            violations.add(Violation.of("partnerMunicipalities", "validation.tooMany", MAX_PARTNERS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String number : partnerMunicipalities) {
            if (number == null || !inRegister.test(number)) {
                violations.add(Violation.of("partnerMunicipalities", "validation.application.unknownMunicipality",
                        String.valueOf(number)));
            } else if (number.equals(lead)) {
                violations.add(Violation.of("partnerMunicipalities", "validation.application.partnerIsLead"));
            } else if (!seen.add(number)) {
                violations.add(Violation.of("partnerMunicipalities", "validation.application.partnerTwice", number));
            }
        }
    }

    private void milestoneViolations(List<Violation> violations) {
        if (milestones.size() > MAX_MILESTONES) {
            violations.add(Violation.of("milestones", "validation.tooMany", MAX_MILESTONES));
            return;
        }
        for (int i = 0; i < milestones.size(); i++) {
            Instalment milestone = milestones.get(i);
            String field = "milestones[" + i + "].";
            if (milestone == null) {
                continue;
            }
            length(violations, field + "title", milestone.title(), 300);
            notNegative(violations, field + "amount", milestone.amount());
            if (milestone.dueDate() != null && plannedStartDate != null
                    && milestone.dueDate().isBefore(plannedStartDate)) {
                violations.add(Violation.of(field + "dueDate", "validation.application.milestoneBeforeStart"));
            }
        }
    }

    private void targetViolations(List<Violation> violations) {
        if (benefitTargets.size() > MAX_TARGETS) {
            violations.add(Violation.of("benefitTargets", "validation.tooMany", MAX_TARGETS));
            return;
        }
        for (int i = 0; i < benefitTargets.size(); i++) {
            Target target = benefitTargets.get(i);
            String field = "benefitTargets[" + i + "].";
            if (target == null) {
                continue;
            }
            length(violations, field + "indicator", target.indicator(), 300);
            length(violations, field + "unit", target.unit(), 60);
            length(violations, field + "owner", target.owner(), 200);
            if (target.baseline() != null && target.target() != null
                    && target.baseline().compareTo(target.target()) == 0) {
                violations.add(Violation.of(field + "target", "validation.application.targetIsBaseline"));
            }
            if (target.baselineDate() != null && target.targetDate() != null
                    && !target.baselineDate().isBefore(target.targetDate())) {
                violations.add(Violation.of(field + "targetDate", "validation.application.targetDateNotAfterBaseline"));
            }
            if (tooPrecise(target.baseline())) {
                violations.add(Violation.of(field + "baseline", "validation.decimals", 4));
            }
            if (tooPrecise(target.target())) {
                violations.add(Violation.of(field + "target", "validation.decimals", 4));
            }
        }
    }

    /** What must still be filled in before the application can be submitted; empty when it is complete. */
    public List<Violation> missing() {
        List<Violation> missing = new ArrayList<>();
        required(missing, "title", title);
        required(missing, "category", category);
        required(missing, "summary", summary);
        required(missing, "serviceChange", serviceChange);
        required(missing, "contactName", contactName);
        required(missing, "contactEmail", contactEmail);
        required(missing, "bankAccount", bankAccount);
        required(missing, "eligibleCost", eligibleCost);
        required(missing, "ownContribution", ownContribution);
        if (requestedAmount == null) {
            missing.add(Violation.of("requestedAmount", "validation.required"));
        } else if (requestedAmount.compareTo(Money.ZERO) <= 0) {
            missing.add(Violation.of("requestedAmount", "validation.positive"));
        }
        required(missing, "plannedStartDate", plannedStartDate);
        required(missing, "plannedOperationDate", plannedOperationDate);
        if (milestones.isEmpty()) {
            missing.add(Violation.of("milestones", "validation.application.noMilestone"));
        }
        Money sum = Money.ZERO;
        boolean allAmounts = true;
        for (int i = 0; i < milestones.size(); i++) {
            Instalment milestone = milestones.get(i);
            String field = "milestones[" + i + "].";
            required(missing, field + "title", milestone == null ? null : milestone.title());
            required(missing, field + "dueDate", milestone == null ? null : milestone.dueDate());
            Money amount = milestone == null ? null : milestone.amount();
            if (amount == null) {
                missing.add(Violation.of(field + "amount", "validation.required"));
                allAmounts = false;
            } else if (amount.compareTo(Money.ZERO) <= 0) {
                missing.add(Violation.of(field + "amount", "validation.positive"));
            } else {
                sum = sum.plus(amount);
            }
        }
        if (!milestones.isEmpty() && allAmounts && requestedAmount != null && !sum.equals(requestedAmount)) {
            missing.add(Violation.of("milestones", "validation.application.milestoneSum", sum.amount(),
                    requestedAmount.amount()));
        }
        if (benefitTargets.isEmpty()) {
            missing.add(Violation.of("benefitTargets", "validation.application.noBenefitTarget"));
        }
        for (int i = 0; i < benefitTargets.size(); i++) {
            Target target = benefitTargets.get(i);
            String field = "benefitTargets[" + i + "].";
            required(missing, field + "indicator", target == null ? null : target.indicator());
            required(missing, field + "kind", target == null ? null : target.kind());
            required(missing, field + "unit", target == null ? null : target.unit());
            required(missing, field + "baseline", target == null ? null : target.baseline());
            required(missing, field + "baselineDate", target == null ? null : target.baselineDate());
            required(missing, field + "target", target == null ? null : target.target());
            required(missing, field + "targetDate", target == null ? null : target.targetDate());
            required(missing, field + "owner", target == null ? null : target.owner());
        }
        return missing;
    }

    /** The sum of the planned milestones' amounts, counting those without an amount as zero. */
    public Money milestoneSum() {
        return milestones.stream().filter(m -> m != null && m.amount() != null).map(Instalment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** What is kept of a text answer: without surrounding space, and null when blank. */
    static String trimmed(String value) {
        return present(value) ? value.trim() : null;
    }

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            violations.add(Violation.of(field, "validation.required"));
        }
    }

    private static void length(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            violations.add(Violation.of(field, "validation.tooLong", max));
        }
    }

    private static void notNegative(List<Violation> violations, String field, Money amount) {
        if (amount != null && amount.isNegative()) {
            violations.add(Violation.of(field, "validation.notNegative"));
        }
    }

    private static boolean tooPrecise(BigDecimal value) {
        return value != null && (value.stripTrailingZeros().scale() > 4 || value.abs().compareTo(BigDecimal.TEN.pow(14)) >= 0);
    }
}
