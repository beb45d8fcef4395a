package no.gevinst.assessment.boundary;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recommendation as a client writes it: the outcome, the amount and its payment plan, scores, justification. */
public class RecommendRequest {
    @Schema(implementation = Outcome.class, required = true)
    public String outcome;
    @Schema(ref = "Amount")
    public String amount;
    public List<PlanMilestoneRequest> milestones;
    public List<ScoreRequest> scores;
    public String justification;

    /** The request as a recommendation; values that cannot even be read are refused together. */
    Recommendation recommendation() {
        List<Violation> unreadable = new ArrayList<>();
        Outcome parsedOutcome = Codes.parse(Outcome.class, outcome, "outcome", unreadable);
        Money parsedAmount = Codes.amount(amount, "amount", unreadable);
        List<Instalment> plan = new ArrayList<>();
        java.util.Set<Integer> decisionPoints = new java.util.HashSet<>();
        for (int i = 0; milestones != null && i < milestones.size(); i++) {
            PlanMilestoneRequest m = milestones.get(i);
            plan.add(m == null ? new Instalment(null, null, null)
                    : new Instalment(m.title, m.dueDate,
                            Codes.amount(m.amount, "milestones[" + i + "].amount", unreadable)));
            if (m != null && Boolean.TRUE.equals(m.decisionPoint)) {
                decisionPoints.add(i);
            }
        }
        List<Recommendation.Score> scored = scores == null ? List.of() : scores.stream()
                .map(s -> s == null ? new Recommendation.Score(null, null, null)
                        : new Recommendation.Score(s.criterion, s.score, s.comment))
                .toList();
        InvalidInputException.throwIfAny(unreadable, Assessment.LABELS);
        return new Recommendation(parsedOutcome, parsedAmount, plan, scored, justification, decisionPoints);
    }
}
