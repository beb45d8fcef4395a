package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import java.math.BigDecimal;
import no.gevinst.assessment.entity.Ranking;

public record RankedView(int rank, long applicationId, String reference, String title, String municipalityName,
        String countyName, String category, String status, BigDecimal weightedScore, String outcome,
        Money recommendedAmount, Money runningTotal, boolean withinFrame) {

    public static RankedView of(Ranking.Row row) {
        Ranking.Candidate c = row.candidate();
        return new RankedView(row.rank(), c.applicationId(), c.reference(), c.title(), c.municipalityName(),
                c.countyName(), c.category() == null ? null : c.category().name(), c.status().name(),
                c.weightedScore(), c.outcome() == null ? null : c.outcome().name(), row.claim(),
                row.runningTotal(), row.withinFrame());
    }
}
