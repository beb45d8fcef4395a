package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import java.math.BigDecimal;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Ranking;
import no.gevinst.calls.entity.TechnologyCategory;

public record RankedView(int rank, long applicationId, String reference, String title, String municipalityName,
        String countyName, TechnologyCategory category, ApplicationStatus status, BigDecimal weightedScore,
        Outcome outcome, Money recommendedAmount, Money runningTotal, boolean withinFrame) {

    public static RankedView of(Ranking.Row row) {
        Ranking.Candidate c = row.candidate();
        return new RankedView(row.rank(), c.applicationId(), c.reference(), c.title(), c.municipalityName(),
                c.countyName(), c.category(), c.status(), c.weightedScore(), c.outcome(), row.claim(),
                row.runningTotal(), row.withinFrame());
    }
}
