package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import java.math.BigDecimal;
import java.util.List;
import no.gevinst.assessment.entity.Ranking;

/** The ranking of a call's assessed applications; {@code cutLine} is the rank of the first row below it. */
public record RankingView(long callId, Money frame, Money claimed, Money withinFrame, BigDecimal oversubscription,
        Integer cutLine, List<RankedView> rows, List<TotalView> byCounty, List<TotalView> byCategory) {

    public static RankingView of(long callId, Ranking ranking) {
        return new RankingView(callId, ranking.getFrame(), ranking.getClaimed(),
                ranking.getWithinFrame(), ranking.getOversubscription(),
                ranking.getCutLine() < 0 ? null : ranking.getCutLine() + 1,
                ranking.getRows().stream().map(RankedView::of).toList(),
                ranking.byCounty().stream().map(TotalView::of).toList(),
                ranking.byCategory().stream().map(TotalView::of).toList());
    }
}
