package no.gevinst.payments.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** An accepted grant and its application, in memory, as an approver's decision and the municipality's answer make. */
public record Granted(Application application, Grant grant) {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    public static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    public static Granted of(String withheldPercent, LocalDate operationDeadline, String... milestones) {
        List<Money> amounts = java.util.Arrays.stream(milestones).map(Money::of).toList();
        Money amount = amounts.stream().reduce(Money.ZERO, Money::plus);
        Call call = new Call(new CallTerms(2026, "Utlysning", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Money.kroner(300_000_000), new BigDecimal(withheldPercent), BigDecimal.valueOf(100), 3, null, false,
                EnumSet.of(TechnologyCategory.OTHER), List.of(new CallTerms.Criterion("K", 100))));
        Municipality drammen = new Municipality("3301", "Drammen", "Drammen", new County("33", "Buskerud"), null, null,
                LanguageForm.NEUTRAL, null);
        Application application = new Application(call, drammen, "kommune", NOW, TODAY);
        List<Instalment> plan = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            plan.add(new Instalment("Milepæl " + (i + 1), TODAY.plusMonths(i + 1), amounts.get(i)));
        }
        application.revise(new ApplicationContent("Prosjekt", TechnologyCategory.OTHER, "Sammendrag", "Endring",
                List.of(), "Kari", "kari@drammen.example", null, "86011117947", amount.plus(amount), Money.ZERO,
                amount, TODAY, operationDeadline, plan,
                List.of(new ApplicationContent.Target("I", BenefitKind.OTHER, "u", BigDecimal.ZERO,
                        TODAY.minusMonths(3), BigDecimal.ONE,
                        TODAY.plusYears(2), "O"))), number -> null);
        application.submit(() -> "HT-2026-0001", NOW, TODAY);
        application.takeForAssessment();
        application.recommend();
        application.grant();
        Grant grant = new Grant(application, amount, plan, "godkjenner", NOW, TODAY, 30);
        grant.accept(application, "kommune", NOW, TODAY);
        return new Granted(application, grant);
    }

    GrantMilestone milestone(int index) {
        return grant.getMilestones().get(index);
    }

    Payment verify(int index, String caseHandler) {
        grant.reportMilestone(application, milestone(index), TODAY, "Levert", true, "kommune", NOW, TODAY);
        return grant.verifyMilestone(application, milestone(index), caseHandler, NOW);
    }
}
