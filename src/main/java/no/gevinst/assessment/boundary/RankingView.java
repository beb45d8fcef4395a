package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import java.math.BigDecimal;
import java.util.List;
import no.gevinst.assessment.entity.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ranking of a call's assessed applications; {@code cutLine} is the rank of the first row below it. */
public record RankingView(
        @Schema(description = "The call ranked") long callId,
        @Schema(description = "The call's frame") Money frame,
        @Schema(description = "The grants recommended, together") Money claimed,
        @Schema(description = "What the frame holds of them: the running total just above the cut line")
        Money withinFrame,
        @Schema(description = "How many times the frame the grants recommended ask for, to one decimal")
        BigDecimal oversubscription,
        @Schema(description = "The rank of the first row the frame has no room for; null when it holds them all")
        Integer cutLine,
        @Schema(description = "The assessed applications in ranked order") List<RankedView> rows,
        @Schema(description = "The ranking summed per county") List<TotalView> byCounty,
        @Schema(description = "The ranking summed per technology category") List<TotalView> byCategory) {

    public static RankingView of(long callId, Ranking ranking) {
        return new RankingView(callId, ranking.getFrame(), ranking.getClaimed(),
                ranking.getWithinFrame(), ranking.getOversubscription(),
                ranking.getCutLine() < 0 ? null : ranking.getCutLine() + 1,
                ranking.getRows().stream().map(RankedView::of).toList(),
                ranking.byCounty().stream().map(TotalView::of).toList(),
                ranking.byCategory().stream().map(TotalView::of).toList());
    }
}
