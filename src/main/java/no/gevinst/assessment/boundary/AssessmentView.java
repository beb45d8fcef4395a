package no.gevinst.assessment.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import no.gevinst.applications.boundary.MilestoneView;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;

/** Who has the application and what was recommended and decided. */
@JsonbNillable
public record AssessmentView(String assessor, String returnReason, Outcome outcome, Money amount,
        BigDecimal weightedScore, String recommendedBy, String decidedBy, List<MilestoneView> milestones) {

    public static AssessmentView of(Assessment assessment) {
        return new AssessmentView(assessment.getAssessor(), assessment.getReturnReason(),
                assessment.getOutcome(),
                assessment.getAmount(), assessment.getWeightedScore(),
                assessment.getRecommendedBy(), assessment.getDecidedBy(),
                assessment.getPlan().stream().map(m -> new MilestoneView(m.getId(), m.getTitle(), m.getDueDate(),
                        m.getAmount(), m.isDecisionPoint())).toList());
    }
}
