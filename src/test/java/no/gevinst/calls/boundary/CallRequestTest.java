package no.gevinst.calls.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.api.Test;

/** How the API reads a call from JSON before the rules are checked. */
class CallRequestTest {

    private static CallsResource.CallRequest request() {
        var request = new CallsResource.CallRequest();
        request.budgetYear = 2027;
        request.title = "Helseteknologi";
        request.opensOn = LocalDate.of(2027, 1, 1);
        request.closesOn = LocalDate.of(2027, 3, 1);
        request.frame = "300000000.00";
        request.withheldPercent = BigDecimal.valueOf(20);
        request.maxCostSharePercent = BigDecimal.valueOf(50);
        request.reportingPeriodYears = 3;
        request.categories = List.of("DATA_SHARING");
        var criterion = new CallsResource.CriterionRequest();
        criterion.name = "Gevinster";
        criterion.weight = 100;
        request.criteria = List.of(criterion);
        return request;
    }

    @Test
    void aWellFormedRequestBecomesCallTerms() {
        var terms = CallsResource.terms(request());
        assertEquals(Money.kroner(300_000_000), terms.frame());
        assertEquals(Set.of(TechnologyCategory.DATA_SHARING), terms.categories());
        assertEquals(List.of(), terms.violations());
    }

    @Test
    void unreadableValuesAreReportedOnceEachTogetherWithTheOtherBrokenRules() {
        var request = request();
        request.frame = "12,5";
        request.categories = List.of("DATA_SHARING", "TELEPATHY");
        request.title = null;
        var invalid = assertThrows(InvalidInputException.class, () -> CallsResource.terms(request));
        var byField = invalid.violations().stream().collect(Collectors.groupingBy(Violation::field,
                Collectors.mapping(Violation::messageKey, Collectors.toList())));
        assertEquals(List.of("validation.amount"), byField.get("frame"));
        assertEquals(List.of("validation.call.unknownCategory"), byField.get("categories"));
        assertEquals(List.of("validation.required"), byField.get("title"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThrows(InvalidInputException.class, () -> CallsResource.terms(null));
    }
}
