package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import no.gevinst.assessment.entity.Ranking;

public record TotalView(String name, int applications, Money claimed, Money withinFrame) {
    public static TotalView of(Ranking.Total total) {
        return new TotalView(total.name(), total.applications(), total.claimed(),
                total.withinFrame());
    }
}
