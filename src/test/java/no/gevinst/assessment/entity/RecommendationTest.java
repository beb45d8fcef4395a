package no.gevinst.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.municipalities.entity.County;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecommendationTest {

    private static Application applying(String requested, String... milestones) {
        Call call = new Call(new CallTerms(2026, "U", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Money.kroner(300_000_000), BigDecimal.valueOf(20), BigDecimal.valueOf(100), 3, null, false,
                EnumSet.of(TechnologyCategory.OTHER), List.of(new CallTerms.Criterion("K", 100))));
        Municipality drammen = new Municipality("3301", "Drammen", "Drammen", new County("33", "Buskerud"), null, null,
                LanguageForm.NEUTRAL, null);
        Application application = new Application(call, drammen, "k", Instant.EPOCH, LocalDate.of(2026, 6, 1));
        application.revise(new ApplicationContent("T", TechnologyCategory.OTHER, "S", "T", List.of(), "K", "k@k.no",
                null, null, Money.of(requested), Money.ZERO, Money.of(requested), null, null,
                Arrays.stream(milestones).map(a -> new Instalment("M", LocalDate.of(2027, 1, 1),
                        Money.of(a))).toList(),
                List.of(new ApplicationContent.Target("I", BenefitKind.OTHER, "u", BigDecimal.ZERO, LocalDate.of(2025, 6, 1), BigDecimal.ONE,
                        LocalDate.of(2028, 1, 1), "O"))), number -> null);
        return application;
    }

    @ParameterizedTest(name = "{1} of {0} over {2}")
    @CsvSource({
        "300000.00, 200000.00, 100000.00;100000.00;100000.00",
        "1000000.00, 333333.33, 250000.00;250000.00;500000.00",
        "999999.99, 123456.78, 111111.11;222222.22;333333.33;333333.33",
        "10.00, 0.07, 3.33;3.33;3.34",
        "5000000.00, 4999999.99, 1.00;4999998.00;1.00",
    })
    void theApplicantsMilestonesScaledAddUpToTheAmountExactlyAndNoPartIsOffByMoreThanAnØre(String requested,
            String amount, String milestones) {
        String[] parts = milestones.split(";");
        Application application = applying(requested, parts);
        Recommendation recommendation = new Recommendation(Outcome.GRANT, Money.of(amount), List.of(), List.of(), "J");
        List<Instalment> plan = recommendation.planFor(application);
        assertEquals(parts.length, plan.size());
        assertEquals(Money.of(amount), plan.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus));
        for (int i = 0; i < parts.length; i++) {
            BigDecimal exact = new BigDecimal(parts[i]).multiply(new BigDecimal(amount))
                    .divide(new BigDecimal(requested), MathContext.DECIMAL128);
            BigDecimal off = plan.get(i).amount().amount().subtract(exact).abs();
            assertTrue(off.compareTo(new BigDecimal("0.01")) < 0,
                    "part " + i + " is " + plan.get(i).amount() + ", exactly " + exact);
        }
    }
}
