package no.gevinst.calls.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.api.Test;

class CallTermsTest {

    static CallTerms valid() {
        return new CallTerms(2027, "Helseteknologi 2027", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 1),
                Money.kroner(300_000_000), new BigDecimal("20"), new BigDecimal("50"), 3, "kap. 761 post 65", true,
                EnumSet.of(TechnologyCategory.WELFARE_TECHNOLOGY, TechnologyCategory.DATA_SHARING),
                List.of(new CallTerms.Criterion("Gevinster", 60), new CallTerms.Criterion("Gjennomførbarhet", 40)));
    }

    private static Set<String> fields(CallTerms terms) {
        return terms.violations().stream().map(Violation::field).collect(Collectors.toSet());
    }

    @Test
    void validTermsMakeACallWithOrderedCriteria() {
        Call call = new Call(valid());
        assertEquals(2, call.getCriteria().size());
        assertEquals("Gevinster", call.getCriteria().get(0).getName());
        assertEquals(1, call.getCriteria().get(1).getPosition());
        assertEquals(Money.of("300000000.00"), call.getFrame());
        assertTrue(call.isSubjectToBudgetDecision());
    }

    @Test
    void weightsMustAddUpTo100() {
        var terms = new CallTerms(2027, "T", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), Money.ZERO,
                BigDecimal.TEN, BigDecimal.TEN, 3, null, false, EnumSet.of(TechnologyCategory.OTHER),
                List.of(new CallTerms.Criterion("A", 60), new CallTerms.Criterion("B", 30)));
        var violation = terms.violations().stream().filter(v -> v.field().equals("criteria")).findFirst().orElseThrow();
        assertEquals("validation.call.weightsSum", violation.messageKey());
        assertEquals(List.of(90), violation.arguments());
    }

    @Test
    void everyBrokenRuleIsReportedAtItsField() {
        var terms = new CallTerms(null, " ", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1),
                Money.of("-1"), new BigDecimal("100.5"), BigDecimal.ZERO, 0, null, false, EnumSet.noneOf(TechnologyCategory.class),
                List.of(new CallTerms.Criterion("", 0)));
        assertEquals(Set.of("budgetYear", "title", "closesOn", "frame", "withheldPercent", "maxCostSharePercent", "reportingPeriodYears",
                "categories", "criteria[0].name", "criteria[0].weight", "criteria"), fields(terms));
    }

    @Test
    void aCallWithBrokenTermsIsNeverMadeAndARevisionWithBrokenTermsChangesNothing() {
        assertThrows(InvalidInputException.class, () -> new Call(new CallTerms(2027, null, null, null, null, null,
                null, null, null, false, Set.of(), List.of())));
        Call call = new Call(valid());
        var broken = new CallTerms(2027, "Endret", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 1),
                Money.kroner(1), new BigDecimal("20"), new BigDecimal("50"), 3, null, false, Set.of(),
                List.of());
        assertThrows(InvalidInputException.class, () -> call.revise(broken));
        assertEquals("Helseteknologi 2027", call.getTitle());
        assertEquals(2, call.getCriteria().size());
    }
}
