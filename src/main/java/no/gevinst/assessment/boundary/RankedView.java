package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import java.math.BigDecimal;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Ranking;
import no.gevinst.calls.entity.TechnologyCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RankedView(
        @Schema(description = "The place in the ranking, from 1: the highest weighted score first, equal scores in the"
                + " order submitted")
        int rank,
        @Schema(description = "The application's id") long applicationId,
        @Schema(description = "The application's reference") String reference,
        @Schema(description = "The project's title") String title,
        @Schema(description = "The applying municipality") String municipalityName,
        @Schema(description = "The applying municipality's county") String countyName,
        @Schema(description = "The technology category") TechnologyCategory category,
        @Schema(description = "The application's status") ApplicationStatus status,
        @Schema(description = "The scores weighted by the call's criteria, on the same scale of 1 (weak) to 6"
                + " (excellent)")
        BigDecimal weightedScore,
        @Schema(description = "The recommended outcome; null before the recommendation") Outcome outcome,
        @Schema(description = "The room under the frame the application takes: the grant recommended, or 0.00 for a"
                + " rejection or an application rejected, lapsed or withdrawn")
        Money recommendedAmount,
        @Schema(description = "The room taken by this row and every row above it") Money runningTotal,
        @Schema(description = "Whether the frame holds this row, above the cut line") boolean withinFrame) {

    public static RankedView of(Ranking.Row row) {
        Ranking.Candidate c = row.candidate();
        return new RankedView(row.rank(), c.applicationId(), c.reference(), c.title(), c.municipalityName(),
                c.countyName(), c.category(), c.status(), c.weightedScore(), c.outcome(), row.claim(),
                row.runningTotal(), row.withinFrame());
    }
}
