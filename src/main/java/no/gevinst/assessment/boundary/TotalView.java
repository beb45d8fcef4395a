package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import no.gevinst.assessment.entity.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TotalView(
        @Schema(description = "The county or the technology category") String name,
        @Schema(description = "How many assessed applications") int applications,
        @Schema(description = "The room their recommended grants take") Money claimed,
        @Schema(description = "The part of it within the frame") Money withinFrame) {
    public static TotalView of(Ranking.Total total) {
        return new TotalView(total.name(), total.applications(), total.claimed(),
                total.withinFrame());
    }
}
