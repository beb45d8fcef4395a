package no.gevinst.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.web.ApplicationPages;
import no.gevinst.calls.entity.AssessmentCriterion;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.applications.web.TargetRow;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.PlanMilestone;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.security.web.CurrentUser;

/**
 * The case handler's and approver's work on one application ({@code ?id=}): take it with the impartiality
 * declaration (or declare a conflict of interest), score the call's criteria, recommend or return it, which only the
 * assessor is offered; the approver decides on someone else's recommendation. Whoever declared a conflict is offered
 * nothing. What is offered is decided afresh on every request, a postback too, so a form the case has moved away from
 * since the page was shown is not taken in; an act refused all the same (a race with another act) shows the refusal.
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern TARGET_FIELD = Pattern.compile("benefitTargets\\[(\\d+)]\\.(target|targetDate)");

    /** One criterion's score as the form holds it. */
    public static class ScoreRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long criterionId;
        private final String name;
        private final int weight;
        private Integer score;
        private String comment;

        ScoreRow(AssessmentCriterion criterion, Assessment.CriterionScore given) {
            this.criterionId = criterion.getId();
            this.name = criterion.getName();
            this.weight = criterion.getWeight();
            if (given != null) {
                this.score = given.getScore();
                this.comment = given.getComment();
            }
        }

        public long getCriterionId() {
            return criterionId;
        }

        public String getName() {
            return name;
        }

        public int getWeight() {
            return weight;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private Long id;
    private boolean loaded;
    private boolean impartial;
    private String returnReason;
    private List<ScoreRow> scores = new ArrayList<>();
    private Outcome outcome = Outcome.GRANT;
    private BigDecimal amount;
    private String justification;
    private String decisionComment;
    private List<TargetRow> targets = new ArrayList<>();
    private String adjustmentReason;
    private List<Integer> decisionPoints = new ArrayList<>();

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Application application = ApplicationPages.read(faces, applications, id).orElse(null);
        if (application == null) {
            return;
        }
        Optional<Assessment> assessment = assessments.find(id);
        Map<Long, Assessment.CriterionScore> given = assessment.map(a -> a.getScores().stream()
                .collect(Collectors.toMap(Assessment.CriterionScore::getCriterionId, Function.identity())))
                .orElse(Map.of());
        application.getCall().getCriteria().forEach(c -> scores.add(new ScoreRow(c, given.get(c.getId()))));
        application.getBenefitTargets().forEach(t -> targets.add(TargetRow.of(t)));
        amount = assessment.map(Assessment::getAmount).or(() -> Optional.ofNullable(application.getRequestedAmount()))
                .map(Money::amount).orElse(null);
        assessment.map(Assessment::getOutcome).ifPresent(o -> outcome = o);
        justification = assessment.map(Assessment::getJustification).orElse(null);
        assessment.ifPresent(a -> a.getPlan().stream().filter(PlanMilestone::isDecisionPoint)
                .forEach(m -> decisionPoints.add(m.getPosition())));
    }

    /**
     * The milestones that may be made decision points, by their position: each of the applicant's but the last,
     * labelled with its number and title.
     */
    public Map<String, Integer> getDecisionPointChoices() {
        Application application = getApplication();
        Map<String, Integer> choices = new java.util.LinkedHashMap<>();
        if (application != null) {
            var milestones = application.getMilestones();
            for (int i = 0; i < milestones.size() - 1; i++) {
                choices.put((i + 1) + ". " + milestones.get(i).getTitle(), i);
            }
        }
        return choices;
    }

    /** Read afresh once per request, so the page always shows what is stored. */
    public Application getApplication() {
        return id == null ? null : (Application) faces.getAttributes().computeIfAbsent(
                AssessmentPage.class.getName() + id, key -> applications.find(id).orElse(null));
    }

    public Assessment getAssessment() {
        return id == null ? null : (Assessment) faces.getAttributes().computeIfAbsent(
                AssessmentPage.class.getName() + ".assessment" + id, key -> assessments.find(id).orElse(null));
    }

    public boolean is(String status) {
        Application application = getApplication();
        return application != null && application.getStatus() == ApplicationStatus.valueOf(status);
    }

    /** Four eyes: the recommender sees the recommendation but not the decision buttons. */
    public boolean isOwnRecommendation() {
        Assessment assessment = getAssessment();
        return assessment != null && currentUser.getUsername().equals(assessment.getRecommendedBy());
    }

    /**
     * Whether the current user is the assessor, who alone returns, recommends and adjusts the targets: read afresh on
     * each request, so that the page offers those acts to nobody else.
     */
    public boolean isAssessor() {
        Assessment assessment = getAssessment();
        return assessment != null && assessment.isAssessor(currentUser.getUsername());
    }

    /** Whether the current user has declared a conflict of interest in the application: then they do nothing here. */
    public boolean isConflictDeclared() {
        return id != null && (Boolean) faces.getAttributes().computeIfAbsent(
                AssessmentPage.class.getName() + ".conflict" + id, key -> assessments.isConflictDeclared(id));
    }

    /** The current user is not impartial: recorded for good, and another case handler must take the case. */
    public String declareConflict() {
        if (FacesMessages.attempt(faces, () -> assessments.declareConflict(id))) {
            FacesMessages.infoAfterRedirect(faces, "assessment.conflictRecorded");
            return reload();
        }
        return null;
    }

    public String take() {
        if (FacesMessages.attempt(faces, () -> assessments.take(id, impartial))) {
            FacesMessages.infoAfterRedirect(faces, "assessment.taken");
            return reload();
        }
        return null;
    }

    public String returnForChanges() {
        if (FacesMessages.attempt(faces, field -> "returnForm:reason",
                () -> assessments.returnForChanges(id, returnReason))) {
            FacesMessages.infoAfterRedirect(faces, "assessment.returned");
            return "/application?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public String adjustTargets() {
        List<BenefitTarget.Adjustment> adjustments = targets.stream()
                .map(row -> new BenefitTarget.Adjustment(row.getTargetId(), row.getTarget(), row.getTargetDate()))
                .toList();
        if (FacesMessages.attempt(faces, this::targetFieldId,
                () -> assessments.adjustBenefitTargets(id, adjustments, adjustmentReason))) {
            FacesMessages.infoAfterRedirect(faces, "assessment.targetsAdjusted");
            return reload();
        }
        return null;
    }

    /** benefitTargets[2].targetDate is shown at the third row's date input. */
    private String targetFieldId(String field) {
        if (field.equals("adjustmentReason")) {
            return "targetsForm:adjustmentReason";
        }
        var indexed = TARGET_FIELD.matcher(field);
        return indexed.matches() ? "targetsForm:targets:" + indexed.group(1) + ":" + indexed.group(2) : null;
    }

    public String recommend() {
        List<Recommendation.Score> given = scores.stream()
                .map(row -> new Recommendation.Score(row.getCriterionId(), row.getScore(), row.getComment())).toList();
        Money money = outcome == Outcome.GRANT && amount != null ? Money.of(amount) : null;
        if (FacesMessages.attempt(faces, this::recommendFieldId, () -> assessments.recommend(id,
                new Recommendation(outcome, money, List.of(), given, justification,
                        java.util.Set.copyOf(decisionPoints))))) {
            FacesMessages.infoAfterRedirect(faces, "assessment.recommended");
            return reload();
        }
        return null;
    }

    /** Where a recommendation's violation is shown: at its input, or above the form. */
    private String recommendFieldId(String field) {
        return switch (field) {
            case "amount", "justification", "outcome", "decisionPoints" -> "recommendForm:" + field;
            default -> null;
        };
    }

    public String approve() {
        return decide(true);
    }

    public String sendBack() {
        return decide(false);
    }

    private String decide(boolean approve) {
        if (FacesMessages.attempt(faces, () -> {
            Assessment decided = assessments.decide(id, approve, decisionComment);
            FacesMessages.infoAfterRedirect(faces, !approve ? "decision.sentBack"
                    : decided.getOutcome() == Outcome.GRANT ? "decision.granted" : "decision.rejected");
        })) {
            return approve ? "/application?faces-redirect=true&id=" + id : reload();
        }
        return null;
    }

    private String reload() {
        return "/casework/assessment?faces-redirect=true&id=" + id;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public List<Integer> getScoreChoices() {
        List<Integer> choices = new ArrayList<>();
        for (int s = Recommendation.MIN_SCORE; s <= Recommendation.MAX_SCORE; s++) {
            choices.add(s);
        }
        return choices;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public void setAdjustmentReason(String adjustmentReason) {
        this.adjustmentReason = adjustmentReason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isImpartial() {
        return impartial;
    }

    public void setImpartial(boolean impartial) {
        this.impartial = impartial;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public List<ScoreRow> getScores() {
        return scores;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public List<Integer> getDecisionPoints() {
        return decisionPoints;
    }

    public void setDecisionPoints(List<Integer> decisionPoints) {
        this.decisionPoints = decisionPoints == null ? new ArrayList<>() : new ArrayList<>(decisionPoints);
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }
}
