package no.gevinst.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Ranking;
import no.gevinst.platform.entity.ActResult;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.Violation;

/**
 * An approver's decisions on many recommended applications of a call in one go. Each is still its own decision
 * ({@link Assessments#decide}): its own transaction under the budget year's lock, its own four-eyes check, event and
 * letter; they are taken in rank order, so that when the frame runs out it is the lower ranked that are refused.
 */
@Stateless
@RolesAllowed(Role.Names.APPROVER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchDecisions {

    @Inject
    Assessments assessments;

    /**
     * Approves the recommendations of {@code applicationIds} of call {@code callId} with one {@code comment}, in rank
     * order: what each came to ({@code decision.granted}, {@code decision.rejected} for a recommended rejection), or
     * why it was refused (the frame full, recommended by the approver, no longer waiting for a decision). Those not
     * among the call's recommended applications are refused as such, after the others.
     */
    public List<ActResult> approveInRankOrder(long callId, Collection<Long> applicationIds, String comment) {
        List<Violation> violations = new ArrayList<>(Violation.ofOptionalText("comment", comment, Assessment.MAX_TEXT));
        if (applicationIds.isEmpty()) {
            violations.add(Violation.of("applications", "decision.batch.noneChosen"));
        }
        InvalidInputException.throwIfAny(violations, Assessment.LABELS);
        Set<Long> chosen = new LinkedHashSet<>(applicationIds);
        List<ActResult> results = new ArrayList<>();
        for (Ranking.Row row : assessments.ranking(callId).getRows()) {
            Ranking.Candidate candidate = row.candidate();
            if (!chosen.remove(candidate.applicationId())) {
                continue;
            }
            long id = candidate.applicationId();
            results.add(ActResult.attempt(id, candidate.reference(), candidate.recommendedAmount(), () ->
                    assessments.decide(id, true, comment).getOutcome() == Outcome.GRANT
                            ? "decision.granted" : "decision.rejected"));
        }
        chosen.forEach(id -> results.add(ActResult.refused(id, String.valueOf(id), null,
                "decision.batch.notRecommended", List.of())));
        return results;
    }
}
