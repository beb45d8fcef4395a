package no.gevinst.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.municipalities.entity.County;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.SequencedEntity;
import org.junit.jupiter.api.Test;

/** Only the assessor, who took the case with the impartiality declaration, acts on its assessment. */
class AssessorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private final Application application = submitted();
    private final Assessment assessment = Assessment.take(application, "saksbehandler1", true, NOW);

    private static Application submitted() {
        Call call = new Call(new CallTerms(2026, "U", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Money.kroner(300_000_000), BigDecimal.valueOf(20), BigDecimal.valueOf(100), 3, null, false,
                EnumSet.of(TechnologyCategory.OTHER), List.of(new CallTerms.Criterion("K", 100))));
        Municipality drammen = new Municipality("3301", "Drammen", "Drammen", new County("33", "Buskerud"), null, null,
                LanguageForm.NEUTRAL, null);
        Application application = new Application(call, drammen, "kommune", NOW, TODAY);
        Money amount = Money.kroner(100_000);
        application.revise(new ApplicationContent("Prosjekt", TechnologyCategory.OTHER, "Sammendrag", "Endring",
                List.of(), "Kari", "kari@drammen.example", null, "86011117947", amount.plus(amount), Money.ZERO,
                amount, TODAY, TODAY.plusMonths(6),
                List.of(new Instalment("Milepæl", TODAY.plusMonths(1), amount)),
                List.of(new ApplicationContent.Target("I", BenefitKind.OTHER, "u", BigDecimal.ZERO,
                        TODAY.minusMonths(3), BigDecimal.ONE, TODAY.plusYears(2), "O"))), number -> null);
        application.submit(() -> "HT-2026-0001", NOW, TODAY);
        identify(call.getCriteria().get(0), 11);
        identify(application.getBenefitTargets().get(0), 21);
        return application;
    }

    /** The id the database would give an entity when it is stored. */
    private static void identify(SequencedEntity entity, long id) {
        try {
            java.lang.reflect.Field field = SequencedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Recommendation recommendation() {
        return new Recommendation(Outcome.GRANT, Money.kroner(100_000), List.of(), application.getCall()
                .getCriteria().stream().map(c -> new Recommendation.Score(c.getId(), 5, null)).toList(), "God");
    }

    private static void assertNotAssessor(DomainException refused) {
        assertEquals("assessment.notAssessor", refused.messageKey());
        assertEquals(List.of("saksbehandler1"), List.of(refused.arguments()), "names who has the case");
    }

    @Test
    void nobodyButTheAssessorRecommendsAndNothingChangesWhenAnotherTries() {
        assertNotAssessor(assertThrows(DomainException.class,
                () -> assessment.recommend(application, recommendation(), "godkjenner1", NOW)));
        assertEquals(ApplicationStatus.IN_ASSESSMENT, application.getStatus());
        assertNull(assessment.getRecommendedBy());
        assertNull(assessment.getOutcome());
        assertTrue(assessment.getPlan().isEmpty());

        assessment.recommend(application, recommendation(), "saksbehandler1", NOW);
        assertEquals(ApplicationStatus.RECOMMENDED, application.getStatus());
        assertEquals("saksbehandler1", assessment.getRecommendedBy());
    }

    @Test
    void nobodyButTheAssessorReturnsTheApplicationWhateverTheReason() {
        assertNotAssessor(assertThrows(DomainException.class,
                () -> assessment.returnForChanges(application, "Legg ved budsjett", "saksbehandler2")));
        assertNotAssessor(assertThrows(DomainException.class,
                () -> assessment.returnForChanges(application, " ", "saksbehandler2")));
        assertEquals(ApplicationStatus.IN_ASSESSMENT, application.getStatus());
        assertNull(assessment.getReturnReason());

        assertThrows(InvalidInputException.class, () -> assessment.returnForChanges(application, " ", "saksbehandler1"),
                "the assessor is told what is wrong with the form instead");
        assessment.returnForChanges(application, "Legg ved budsjett", "saksbehandler1");
        assertEquals(ApplicationStatus.RETURNED, application.getStatus());
    }

    @Test
    void nobodyButTheAssessorAdjustsTheBenefitTargets() {
        BenefitTarget target = application.getBenefitTargets().get(0);
        var adjustments = List.of(new BenefitTarget.Adjustment(21L, BigDecimal.TEN, TODAY.plusYears(3)));
        assertNotAssessor(assertThrows(DomainException.class,
                () -> assessment.adjustBenefitTargets(application, adjustments, "Urealistisk", "godkjenner1")));
        assertEquals(0, BigDecimal.ONE.compareTo(target.getTarget()));
        assertEquals(TODAY.plusYears(2), target.getTargetDate());
        assertThrows(InvalidInputException.class,
                () -> assessment.adjustBenefitTargets(application, adjustments, "", "saksbehandler1"),
                "past the assessor rule, to the form's");

        assertTrue(!assessment.adjustBenefitTargets(application, adjustments, "Urealistisk", "saksbehandler1")
                .isEmpty(), "the assessor's adjustment is made, and said in the trail");
        assertEquals(0, BigDecimal.TEN.compareTo(target.getTarget()));
        assertEquals(TODAY.plusYears(3), target.getTargetDate());
    }

    /** A resubmitted application taken again by another case handler: the case is theirs now, and no longer the first's. */
    @Test
    void whoeverTakesTheCaseAgainIsItsAssessor() {
        assessment.returnForChanges(application, "Legg ved budsjett", "saksbehandler1");
        application.submit(() -> "HT-2026-0001", NOW, TODAY);
        assessment.retake(application, "saksbehandler2", true, NOW);
        assertTrue(assessment.isAssessor("saksbehandler2"));
        assertThrows(DomainException.class, () -> assessment.recommend(application, recommendation(), "saksbehandler1",
                NOW));
        assessment.recommend(application, recommendation(), "saksbehandler2", NOW);
        assertEquals("saksbehandler2", assessment.getRecommendedBy());
    }

    @Test
    void withoutTheImpartialityDeclarationNobodyTakesTheCase() {
        Application other = submitted();
        DomainException refused = assertThrows(DomainException.class,
                () -> Assessment.take(other, "saksbehandler2", false, NOW));
        assertEquals("assessment.notImpartial", refused.messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, other.getStatus());
    }
}
