package no.gevinst.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.assessment.entity.Ranking.Candidate;
import no.gevinst.assessment.entity.Ranking.Row;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Candidate candidate(String reference, String score, Outcome outcome, String amount,
            ApplicationStatus status, String county, TechnologyCategory category) {
        return new Candidate(reference.hashCode(), reference, "Prosjekt " + reference, "Kommune", county, category,
                status, new BigDecimal(score), outcome, amount == null ? null : Money.of(amount), "saksbehandler1");
    }

    private static Candidate granted(String reference, String score, String amount) {
        return candidate(reference, score, Outcome.GRANT, amount, ApplicationStatus.RECOMMENDED, "Vestland",
                TechnologyCategory.WELFARE_TECHNOLOGY);
    }

    @Test
    void sixTimesOversubscribedTheFrameHoldsTheBestScoredSixth() {
        // 60 applications of 1 000 000 against a frame of 10 000 000: six times the frame.
        List<Candidate> candidates = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 60; i++) {
            String score = BigDecimal.valueOf(100 + random.nextInt(500), 2).toPlainString();
            candidates.add(candidate("HT-2026-%04d".formatted(i + 1), score, Outcome.GRANT, "1000000.00",
                    ApplicationStatus.RECOMMENDED, i % 3 == 0 ? "Agder" : "Vestland",
                    i % 2 == 0 ? TechnologyCategory.ELECTRONIC_PATIENT_RECORD : TechnologyCategory.WELFARE_TECHNOLOGY));
        }
        Ranking ranking = new Ranking(Money.of("10000000.00"), candidates);

        assertEquals(new BigDecimal("6.0"), ranking.getOversubscription());
        List<Row> rows = ranking.getRows();
        assertEquals(60, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            Candidate above = rows.get(i - 1).candidate();
            Candidate below = rows.get(i).candidate();
            int byScore = above.weightedScore().compareTo(below.weightedScore());
            assertTrue(byScore > 0 || byScore == 0 && above.reference().compareTo(below.reference()) < 0,
                    "ordered by score, then reference, at " + i);
            assertEquals(rows.get(i - 1).runningTotal().plus(rows.get(i).claim()), rows.get(i).runningTotal());
        }
        assertEquals(10, ranking.getCutLine(), "the eleventh is the first the frame has no room for");
        assertTrue(rows.get(9).withinFrame());
        assertFalse(rows.get(10).withinFrame());
        assertEquals(Money.of("10000000.00"), ranking.getWithinFrame());
        assertEquals(Money.of("60000000.00"), ranking.getClaimed());

        int countyApplications = ranking.byCounty().stream().mapToInt(Ranking.Total::applications).sum();
        assertEquals(60, countyApplications);
        assertEquals(ranking.getWithinFrame(), ranking.byCategory().stream().map(Ranking.Total::withinFrame)
                .reduce(Money.ZERO, Money::plus), "the categories' within-frame sums add up to the ranking's");
        assertEquals(List.of("Agder", "Vestland"), ranking.byCounty().stream().map(Ranking.Total::name).toList());
        assertEquals(20, ranking.byCounty().get(0).applications());
    }

    @Test
    void theCutLineFallsWhereTheRunningTotalFirstPassesTheFrameAndExactlyFullIsWithin() {
        Ranking ranking = new Ranking(Money.of("300.00"), List.of(granted("A", "5.0", "100.00"),
                granted("B", "4.0", "200.00"), granted("C", "3.0", "0.01"), granted("D", "2.0", "1.00")));
        assertEquals(2, ranking.getCutLine());
        assertEquals(Money.of("300.00"), ranking.getRows().get(1).runningTotal());
        assertFalse(ranking.getRows().get(3).withinFrame(), "below the line even if the money would fit");
    }

    @Test
    void rejectionsAndRefusedGrantsTakeNoRoom() {
        Ranking ranking = new Ranking(Money.of("100.00"), List.of(
                candidate("A", "6.0", Outcome.REJECT, null, ApplicationStatus.RECOMMENDED, "Agder", null),
                candidate("B", "5.5", Outcome.GRANT, "80.00", ApplicationStatus.LAPSED, "Agder", null),
                candidate("C", "5.0", Outcome.GRANT, "80.00", ApplicationStatus.REJECTED, "Agder", null),
                granted("D", "4.0", "100.00")));
        assertEquals(-1, ranking.getCutLine(), "the frame holds them all");
        assertEquals(Money.of("100.00"), ranking.getClaimed());
        assertEquals(Money.ZERO, ranking.getRows().get(0).claim());
    }

    @Test
    void anEmptyCallHasNoCutLine() {
        Ranking ranking = new Ranking(Money.of("100.00"), List.of());
        assertEquals(-1, ranking.getCutLine());
        assertEquals(Money.ZERO, ranking.getWithinFrame());
        assertEquals(BigDecimal.ZERO.setScale(1), ranking.getOversubscription().setScale(1));
    }
}
