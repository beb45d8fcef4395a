package no.gevinst.assessment.boundary;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.assessment.entity.Ranking;

/** The ranking of a call's assessed applications; {@code cutLine} is the rank of the first row below it. */
public record RankingView(long callId, String frame, String claimed, String withinFrame,
        BigDecimal oversubscription, Integer cutLine, List<RankedView> rows, List<TotalView> byCounty,
        List<TotalView> byCategory) {

    public static RankingView of(long callId, Ranking ranking) {
        return new RankingView(callId, ranking.getFrame().toString(), ranking.getClaimed().toString(),
                ranking.getWithinFrame().toString(), ranking.getOversubscription(),
                ranking.getCutLine() < 0 ? null : ranking.getCutLine() + 1,
                ranking.getRows().stream().map(RankedView::of).toList(),
                ranking.byCounty().stream().map(TotalView::of).toList(),
                ranking.byCategory().stream().map(TotalView::of).toList());
    }
}
