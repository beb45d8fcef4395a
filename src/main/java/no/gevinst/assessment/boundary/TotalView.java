package no.gevinst.assessment.boundary;

import no.gevinst.assessment.entity.Ranking;

public record TotalView(String name, int applications, String claimed, String withinFrame) {
    public static TotalView of(Ranking.Total total) {
        return new TotalView(total.name(), total.applications(), total.claimed().toString(),
                total.withinFrame().toString());
    }
}
