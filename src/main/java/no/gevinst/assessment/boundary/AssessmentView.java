package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import no.gevinst.applications.boundary.MilestoneView;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who has the application and what was recommended and decided. */
@JsonbNillable
public record AssessmentView(
        @Schema(description = "The case handler who took the application, declaring impartiality") String assessor,
        @Schema(description = "Why the application was last returned for changes") String returnReason,
        @Schema(description = "The recommended outcome; null before the recommendation") Outcome outcome,
        @Schema(description = "With GRANT: the amount recommended, and once decided granted") Money amount,
        @Schema(description = "The scores weighted by the call's criteria, on the same scale of 1 (weak) to 6"
                + " (excellent)")
        BigDecimal weightedScore,
        @Schema(description = "The case handler who recommended") String recommendedBy,
        @Schema(description = "The approver who decided") String decidedBy,
        @Schema(description = "With GRANT: the grant's payment plan as recommended") List<MilestoneView> milestones) {

    public static AssessmentView of(Assessment assessment) {
        return new AssessmentView(assessment.getAssessor(), assessment.getReturnReason(),
                assessment.getOutcome(),
                assessment.getAmount(), assessment.getWeightedScore(),
                assessment.getRecommendedBy(), assessment.getDecidedBy(),
                assessment.getPlan().stream().map(m -> new MilestoneView(m.getId(), m.getTitle(), m.getDueDate(),
                        m.getAmount())).toList());
    }
}
