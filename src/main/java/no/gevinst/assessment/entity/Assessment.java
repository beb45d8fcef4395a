package no.gevinst.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * A case handler's assessment of an application: who has it, their declared impartiality, the scores, the
 * recommendation, and the approver's decision on it. Only the assessor, who took the case with the impartiality
 * declaration, returns it, recommends it or adjusts its benefit targets; nobody decides on their own recommendation.
 */
@Entity
@Table(name = "assessment")
public class Assessment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest return reason or decision comment the table holds. */
    public static final int MAX_TEXT = 2000;

    public static final String LABELS = "assessment.field";

    /** One criterion's score. */
    @Embeddable
    public static class CriterionScore {
        private Long criterionId;

        private int score;

        private String comment;

        protected CriterionScore() {
        }

        CriterionScore(Long criterionId, int score, String comment) {
            this.criterionId = criterionId;
            this.score = score;
            this.comment = comment;
        }

        public Long getCriterionId() {
            return criterionId;
        }

        public int getScore() {
            return score;
        }

        public String getComment() {
            return comment;
        }
    }

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    private String assessor;

    private Instant impartialityDeclaredAt;

    private String returnReason;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private Money amount;

    private BigDecimal weightedScore;

    private String justification;

    private String recommendedBy;

    private Instant recommendedAt;

    private String decidedBy;

    private Instant decidedAt;

    private String decisionComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "criterion_score", joinColumns = @JoinColumn(name = "application_id"))
    private List<CriterionScore> scores = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PlanMilestone> plan = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    /**
     * A case handler takes a submitted application, having declared that they are impartial (habilitet); a declared
     * conflict refuses it.
     */
    public static Assessment take(Application application, String caseHandler, boolean impartial, Instant now) {
        Assessment assessment = new Assessment();
        assessment.applicationId = application.getId();
        assessment.retake(application, caseHandler, impartial, now);
        return assessment;
    }

    /** Takes a resubmitted application again, by the same or another case handler. */
    public void retake(Application application, String caseHandler, boolean impartial, Instant now) {
        if (!impartial) {
            throw new DomainException("assessment.notImpartial");
        }
        application.takeForAssessment();
        this.assessor = caseHandler;
        this.impartialityDeclaredAt = now;
    }

    /**
     * Only the assessor acts on the assessment: whoever else tries is refused, and told who has the case (as the
     * assessment page shows).
     */
    private void requireAssessor(String caseHandler) {
        if (!assessor.equals(caseHandler)) {
            throw new DomainException("assessment.notAssessor", assessor);
        }
    }

    public boolean isAssessor(String username) {
        return assessor.equals(username);
    }

    public void returnForChanges(Application application, String reason, String caseHandler) {
        requireAssessor(caseHandler);
        InvalidInputException.throwIfAny(Violation.ofRequiredText("reason", reason, MAX_TEXT), LABELS);
        application.returnForChanges();
        this.returnReason = reason.trim();
    }

    /**
     * The assessor sets benefit targets' values and dates apart from what was applied for, with the reason. Returns
     * what changed, for the audit trail.
     */
    public List<String> adjustBenefitTargets(Application application, List<BenefitTarget.Adjustment> adjustments,
            String reason, String caseHandler) {
        requireAssessor(caseHandler);
        InvalidInputException.throwIfAny(Violation.ofRequiredText("adjustmentReason", reason, MAX_TEXT), LABELS);
        return application.adjustBenefitTargets(adjustments);
    }

    public void recommend(Application application, Recommendation recommendation, String caseHandler, Instant now) {
        requireAssessor(caseHandler);
        InvalidInputException.throwIfAny(recommendation.violations(application), LABELS);
        application.recommend();
        this.outcome = recommendation.outcome();
        this.amount = recommendation.outcome() == Outcome.GRANT ? recommendation.amount() : null;
        this.weightedScore = recommendation.weightedScore(application);
        this.justification = recommendation.justification().trim();
        this.recommendedBy = caseHandler;
        this.recommendedAt = now;
        this.scores.clear();
        recommendation.scores().forEach(s -> scores.add(new CriterionScore(s.criterionId(), s.score(), s.comment())));
        this.plan.clear();
        List<Instalment> items = recommendation.planFor(application);
        for (int i = 0; i < items.size(); i++) {
            plan.add(new PlanMilestone(this, i, items.get(i)));
        }
    }

    /**
     * The approver's decision. Four eyes: never by the one who recommended. An approval makes the recommendation the
     * decision (the caller commits a grant's amount first); a refusal sends it back for a new recommendation.
     */
    public void decide(Application application, boolean approve, String approver, String comment, Instant now) {
        if (approver.equals(recommendedBy)) {
            throw new DomainException("decision.fourEyes");
        }
        InvalidInputException.throwIfAny(Violation.ofOptionalText("comment", comment, MAX_TEXT), LABELS);
        if (!approve) {
            application.sendBackForNewRecommendation();
        } else if (outcome == Outcome.GRANT) {
            application.grant();
        } else {
            application.reject();
        }
        this.decidedBy = approver;
        this.decidedAt = now;
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getAssessor() {
        return assessor;
    }

    public Instant getImpartialityDeclaredAt() {
        return impartialityDeclaredAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Money getAmount() {
        return amount;
    }

    public BigDecimal getWeightedScore() {
        return weightedScore;
    }

    public String getJustification() {
        return justification;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<CriterionScore> getScores() {
        return Collections.unmodifiableList(scores);
    }

    public List<PlanMilestone> getPlan() {
        return Collections.unmodifiableList(plan);
    }
}
