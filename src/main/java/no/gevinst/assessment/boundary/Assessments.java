package no.gevinst.assessment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.gevinst.applications.control.ApplicationVersions;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.control.CallCommitments;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.AssessmentConflict;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.PlanMilestone;
import no.gevinst.assessment.entity.Ranking;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.persistence.BatchReads;

/**
 * Case handling of submitted applications: take (with the impartiality declaration) or declare a conflict of interest,
 * return for changes, recommend; and the approver's decision, which commits a grant against its call's frame and its
 * budget year's.
 */
@Stateless
@RolesAllowed(Role.Names.CASE_HANDLER)
public class Assessments {

    static final String ENTITY = "Application";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationVersions versions;

    @Inject
    BudgetYears budgetYears;

    @Inject
    Grants grants;

    @Inject
    CallCommitments callCommitments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The assessment of an application the caller has already been allowed to read. */
    @RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
    public Optional<Assessment> find(long applicationId) {
        return Optional.ofNullable(em.find(Assessment.class, applicationId));
    }

    /**
     * The assessments of applications the caller has already been allowed to read, by application id, read at
     * once with their scores and plans: for a list.
     */
    @RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
    public java.util.Map<Long, Assessment> findAll(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        return BatchReads.of(em.createQuery("select a from Assessment a where a.applicationId in :ids",
                        Assessment.class), java.util.List.of("a.scores", "a.plan"))
                .setParameter("ids", applicationIds).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(Assessment::getApplicationId, a -> a));
    }

    /**
     * The call's assessed applications ranked by weighted score against its frame, with the cut line. A granted one
     * takes the room its grant still commits (granted less freed and forfeited: a stop, a cancellation or a changed
     * amount shows), the others their recommended amount.
     */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
    public Ranking ranking(long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null) {
            throw new NotFoundException("Call " + callId);
        }
        List<Ranking.Candidate> candidates = em.createQuery("select a.id, a.reference, a.title, m.name, c.name,"
                + " a.category, a.status, s.weightedScore, s.outcome, s.amount, g.amount, g.ending.freed,"
                + " g.ending.forfeited, s.recommendedBy"
                + " from Application a join a.municipality m join m.county c join Assessment s on s.applicationId = a.id"
                + " left join Grant g on g.applicationId = a.id where a.call.id = :call"
                + " and s.recommendedAt is not null and a.status not in :undecided", Object[].class)
                .setParameter("call", callId)
                .setParameter("undecided", List.of(ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.RETURNED,
                        ApplicationStatus.SUBMITTED))
                .getResultStream()
                .map(r -> new Ranking.Candidate((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (TechnologyCategory) r[5], (ApplicationStatus) r[6], (BigDecimal) r[7],
                        (Outcome) r[8], r[10] == null ? (Money) r[9]
                                : ((Money) r[10]).minus((Money) r[11]).minus((Money) r[12]), (String) r[13]))
                .toList();
        return new Ranking(call.getFrame(), candidates);
    }

    /**
     * Takes the application, with the caller's impartiality declaration; without it ({@code impartial} false: nothing
     * declared, see {@link #declareConflict} for a declared conflict) nothing changes. No directorate account is
     * linked to a municipality (a municipality user holds no other role, see {@code UserProfile.roleViolations}), so
     * the declaration is what decides, and a conflict the caller declared before refuses it for good.
     */
    public Assessment take(long applicationId, boolean impartial) {
        Application application = submitted(applicationId);
        refuseIfConflictDeclared(applicationId);
        Assessment assessment = em.find(Assessment.class, applicationId);
        if (assessment == null) {
            assessment = Assessment.take(application, caller(), impartial, clock.instant());
            em.persist(assessment);
        } else {
            assessment.retake(application, caller(), impartial, clock.instant());
        }
        versions.changed(application);
        audit.record(AuditKind.APPLICATION_TAKEN, ENTITY, String.valueOf(applicationId),
                application.getReference() + " by " + caller() + ", impartiality declared");
        return assessment;
    }

    /**
     * The caller declares a conflict of interest (inhabilitet) in the application, in any state after it was
     * submitted: recorded for good, with an event in the trail, so that the caller never takes the application, acts
     * on its assessment or decides it; if the caller is the assessor of the case in assessment, it is handed back, to
     * be taken by another case handler. A successful act of its own, so that the refusal the caller gets for not being
     * impartial (the API's {@code take} with {@code impartial: false}) does not roll the record back. Declaring again
     * changes nothing.
     */
    public void declareConflict(long applicationId) {
        Application application = submitted(applicationId);
        if (isConflictDeclared(applicationId)) {
            return;
        }
        em.persist(new AssessmentConflict(applicationId, caller(), clock.instant()));
        em.flush();
        Assessment assessment = em.find(Assessment.class, applicationId);
        // The assessor who finds a conflict after taking the case hands it back, or nobody could ever assess it.
        boolean handedBack = application.getStatus() == ApplicationStatus.IN_ASSESSMENT && assessment != null
                && caller().equals(assessment.getAssessor());
        if (handedBack) {
            application.handBackForAssessment();
            versions.changed(application);
        }
        audit.record(AuditKind.CONFLICT_DECLARED, ENTITY, String.valueOf(applicationId),
                application.getReference() + " by " + caller() + ", conflict of interest declared"
                        + (handedBack ? "; the case is handed back for another case handler to take" : ""));
    }

    /** Whether the caller has declared a conflict of interest in the application. */
    public boolean isConflictDeclared(long applicationId) {
        return em.find(AssessmentConflict.class, new AssessmentConflict.Key(applicationId, caller())) != null;
    }

    private void refuseIfConflictDeclared(long applicationId) {
        if (isConflictDeclared(applicationId)) {
            throw new DomainException("assessment.conflictDeclared");
        }
    }

    public Assessment returnForChanges(long applicationId, String reason) {
        Application application = submitted(applicationId);
        refuseIfConflictDeclared(applicationId);
        Assessment assessment = assessment(applicationId);
        assessment.returnForChanges(application, reason, caller());
        versions.changed(application);
        audit.record(AuditKind.APPLICATION_RETURNED, ENTITY, String.valueOf(applicationId), reason);
        return assessment;
    }

    /**
     * Sets benefit targets' values and dates apart from what was applied for, with the reason; each change is in the
     * trail. Refused as a whole when one adjustment breaks the targets' rules or nothing would change.
     */
    public Application adjustBenefitTargets(long applicationId, List<BenefitTarget.Adjustment> adjustments,
            String reason) {
        Application application = submitted(applicationId);
        refuseIfConflictDeclared(applicationId);
        List<String> changes = assessment(applicationId).adjustBenefitTargets(application, adjustments, reason,
                caller());
        if (changes.isEmpty()) {
            throw new DomainException("assessment.targetsUnchanged");
        }
        versions.changed(application);
        audit.record(AuditKind.BENEFIT_TARGETS_ADJUSTED, ENTITY, String.valueOf(applicationId),
                String.join("; ", changes) + "; reason: " + reason.trim());
        return application;
    }

    public Assessment recommend(long applicationId, Recommendation recommendation) {
        Application application = submitted(applicationId);
        refuseIfConflictDeclared(applicationId);
        Assessment assessment = assessment(applicationId);
        assessment.recommend(application, recommendation, caller(), clock.instant());
        versions.changed(application);
        audit.record(AuditKind.APPLICATION_RECOMMENDED, ENTITY, String.valueOf(applicationId), assessment.getOutcome()
                + (assessment.getAmount() == null ? "" : " " + assessment.getAmount()) + ", weighted score "
                + assessment.getWeightedScore());
        return assessment;
    }

    /**
     * The approver's decision, never by one who declared a conflict in the application. Approving a grant locks the
     * budget year's row and commits the amount only if both the call's frame and the year's (its calls' frames
     * together) hold it, each read under that lock; otherwise nothing changes and the approver is told how much room
     * is left.
     */
    @RolesAllowed(Role.Names.APPROVER)
    public Assessment decide(long applicationId, Boolean approve, String comment) {
        Application application = submitted(applicationId);
        refuseIfConflictDeclared(applicationId);
        // The application's row before the budget year's: the one lock order of every act on money (GrantLocks).
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        Assessment assessment = assessment(applicationId);
        if (approve == null) {
            throw new InvalidInputException(List.of(Violation.of("approve", "validation.required")), Assessment.LABELS);
        }
        assessment.decide(application, approve, caller(), comment, clock.instant());
        String id = String.valueOf(applicationId);
        if (approve && assessment.getOutcome() == Outcome.GRANT) {
            int year = application.getCall().getBudgetYear();
            BudgetYear budget = budgetYears.locked(year);
            Money before = budget.getCommitted();
            budget.commit(assessment.getAmount(), budgetYears.frame(year),
                    callCommitments.callFrame(application.getCall().getId()));
            Grant grant = grants.issue(application, assessment.getAmount(), assessment.getPlan().stream()
                    .map(PlanMilestone::instalment).toList(),
                    assessment.getDecisionComment());
            audit.record(AuditKind.DECISION_GRANTED, ENTITY, id, assessment.getAmount() + "; committed " + year + " "
                    + before + " -> " + budget.getCommitted() + "; accept by " + grant.getAnswer().getDeadline());
        } else {
            audit.record(approve ? AuditKind.DECISION_REJECTED : AuditKind.RECOMMENDATION_SENT_BACK, ENTITY, id, comment);
        }
        versions.changed(application);
        return assessment;
    }

    /** A submitted application, or not found: drafts are the municipality's own. */
    private Application submitted(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || application.getReference() == null) {
            throw new NotFoundException(ENTITY + " " + applicationId);
        }
        return application;
    }

    private Assessment assessment(long applicationId) {
        Assessment assessment = em.find(Assessment.class, applicationId);
        if (assessment == null) {
            throw new DomainException("assessment.notInAssessment", em.find(Application.class, applicationId).getStatus());
        }
        return assessment;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
