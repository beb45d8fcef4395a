package no.gevinst.applications.entity;

import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationContentTest {

    private static final Set<String> REGISTER = Set.of("3301", "4621", "3303");

    private static Call call() {
        return new Call(new CallTerms(2026, "Utlysning", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 15),
                Money.kroner(300_000_000), BigDecimal.valueOf(20), BigDecimal.valueOf(50), 3, null, false,
                EnumSet.of(TechnologyCategory.WELFARE_TECHNOLOGY, TechnologyCategory.DATA_SHARING),
                List.of(new CallTerms.Criterion("Gevinst", 100))));
    }

    static ApplicationContent complete(String requested, String... milestoneAmounts) {
        var milestones = java.util.Arrays.stream(milestoneAmounts)
                .map(a -> new Instalment("Milepæl", LocalDate.of(2027, 3, 1), Money.of(a))).toList();
        return new ApplicationContent("Digitalt tilsyn", TechnologyCategory.WELFARE_TECHNOLOGY, "Kort",
                "Nattlig tilsyn med kamera", List.of("4621"), "Kari", "kari@drammen.kommune.no", "+47 32 04 00 00",
                "8601 11 17947", Money.kroner(2_000_000), Money.kroner(1_000_000), Money.of(requested),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 9, 1), milestones,
                List.of(new ApplicationContent.Target("Timer spart", BenefitKind.TIME_SAVED_HOURS_PER_YEAR,
                        "timer per år", BigDecimal.ZERO, LocalDate.of(2025, 9, 1), BigDecimal.valueOf(1200),
                        LocalDate.of(2029, 1, 1), "Kommunalsjef")));
    }

    private static Set<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).collect(Collectors.toSet());
    }

    @Test
    void aCompleteApplicationHasNothingWrongAndNothingMissing() {
        var content = complete("1000000.00", "400000.00", "600000.00");
        assertEquals(List.of(), content.wrongValues(call(), "3301", REGISTER::contains));
        assertEquals(List.of(), content.missing());
    }

    @Test
    void anEmptyDraftIsNotWrongButListsEverythingMissing() {
        var empty = ApplicationContent.empty();
        assertEquals(List.of(), empty.wrongValues(call(), "3301", REGISTER::contains));
        assertTrue(fields(empty.missing()).containsAll(Set.of("title", "category", "summary", "serviceChange",
                "contactName", "contactEmail", "bankAccount", "eligibleCost", "ownContribution", "requestedAmount",
                "plannedStartDate", "plannedOperationDate", "milestones", "benefitTargets")), empty.missing().toString());
    }

    @Test
    void aBenefitTargetNeedsTheDateItsBaselineWasMeasuredBeforeSubmission() {
        var complete = complete("1000000.00", "1000000.00");
        var stated = complete.benefitTargets().get(0);
        var undated = new ApplicationContent.Target(stated.indicator(), stated.kind(), stated.unit(), stated.baseline(),
                null, stated.target(), stated.targetDate(), stated.owner());
        var content = new ApplicationContent(complete.title(), complete.category(), complete.summary(),
                complete.serviceChange(), complete.partnerMunicipalities(), complete.contactName(),
                complete.contactEmail(), complete.contactPhone(), complete.bankAccount(), complete.eligibleCost(),
                complete.ownContribution(), complete.requestedAmount(), complete.plannedStartDate(),
                complete.plannedOperationDate(), complete.milestones(), List.of(undated));
        assertEquals(List.of(), content.wrongValues(call(), "3301", REGISTER::contains), "a draft may leave it out");
        assertEquals(Set.of("benefitTargets[0].baselineDate"), fields(content.missing()));
    }

    @ParameterizedTest
    @CsvSource({"1000000.00, true", "1000000.01, false", "999999.99, true"})
    void theRequestedAmountIsAtMostTheCallsShareOfTheEligibleCost(String requested, boolean allowed) {
        var content = complete(requested, requested);
        assertEquals(allowed, !fields(content.wrongValues(call(), "3301", REGISTER::contains)).contains("requestedAmount"));
    }

    @Test
    void milestonesMustAddUpExactlyToTheRequestedAmountBeforeSubmission() {
        var content = complete("1000000.00", "400000.00", "599999.99");
        assertEquals(List.of(), content.wrongValues(call(), "3301", REGISTER::contains), "a draft may be unbalanced");
        var missing = content.missing();
        assertEquals(1, missing.size(), missing.toString());
        assertEquals("milestones", missing.get(0).field());
        assertEquals("validation.application.milestoneSum", missing.get(0).messageKey());
    }

    @Test
    void wrongValuesAreNamedByField() {
        var wrong = new ApplicationContent("x".repeat(301), TechnologyCategory.ELECTRONIC_PATIENT_RECORD, null, null,
                List.of("3301", "9999", "4621", "4621"), null, "not-an-email", "12", "8601 11 17948", Money.kroner(-1),
                null, null, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1),
                List.of(new Instalment(null, LocalDate.of(2027, 1, 1), Money.kroner(-5))),
                List.of(new ApplicationContent.Target(null, null, null, BigDecimal.ONE, LocalDate.of(2029, 1, 1),
                        new BigDecimal("1.0"), LocalDate.of(2029, 1, 1), null)));
        var violations = wrong.wrongValues(call(), "3301", REGISTER::contains);
        assertEquals(Set.of("title", "category", "partnerMunicipalities", "contactEmail", "contactPhone", "bankAccount",
                "eligibleCost", "plannedOperationDate", "milestones[0].amount", "milestones[0].dueDate",
                "benefitTargets[0].target", "benefitTargets[0].targetDate"), fields(violations));
        assertEquals(3, violations.stream().filter(v -> v.field().equals("partnerMunicipalities")).count(),
                "the lead as partner, an unknown number and a number twice");
    }
}
