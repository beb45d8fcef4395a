package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Checksums;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.control.ApplicationVersions;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.applications.control.PdfInspection;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentContent;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.payments.control.DecisionLetters;
import no.gevinst.payments.control.GrantLocks;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.Payment;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.persistence.BatchReads;

/**
 * Grants after the decision: the letter, the municipality's acceptance or refusal, and lapsing when the acceptance
 * deadline passes. Whatever a grant gives back is freed under the budget year's lock, like a decision takes it.
 */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class Grants {

    static final String ENTITY = "Application";

    /** Who the audit trail names for what the scheduled jobs do. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationVersions versions;

    @Inject
    Applications applications;

    @Inject
    BudgetYears budgetYears;

    @Inject
    GrantLocks locks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The grant of an application the caller may read. */
    public Optional<Grant> find(long applicationId) {
        Application application = applications.get(applicationId);
        return Optional.ofNullable(em.find(Grant.class, application.getId()));
    }

    /**
     * The grants of applications the caller has already been allowed to read (found through {@code Applications}),
     * by application id, read at once with their milestones and payments: for a list.
     */
    public java.util.Map<Long, Grant> findAll(java.util.Collection<Long> readableApplicationIds) {
        if (readableApplicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        return BatchReads.of(em.createQuery("select g from Grant g where g.applicationId in :ids", Grant.class),
                        java.util.List.of("g.milestones", "g.payments"))
                .setParameter("ids", readableApplicationIds).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(Grant::getApplicationId, g -> g));
    }

    /**
     * Issues the grant of an approved recommendation and its letter, in the deciding transaction: the decision has
     * locked the application and committed the amount under the budget year's lock. The letter is rendered once and
     * kept as issued.
     */
    @RolesAllowed(Role.Names.APPROVER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Grant issue(Application application, Money amount, List<Instalment> plan, String decisionComment) {
        SchemeSettings settings = em.find(SchemeSettings.class, SchemeSettings.ID);
        LocalDate today = LocalDate.now(clock);
        Grant grant = new Grant(application, amount, plan, caller(), clock.instant(), today,
                settings.getAcceptanceDeadlineDays());
        em.persist(grant);
        em.persist(DecisionLetters.issue(application, grant, decisionComment,
                application.getCall().getReportingPeriodYears(), clock.instant(), today));
        return grant;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Grant accept(long applicationId) {
        Application application = answerable(applicationId);
        Grant grant = locks.lock(application);
        grant.accept(application, caller(), clock.instant(), LocalDate.now(clock));
        versions.changed(application);
        audit.record(AuditKind.GRANT_ACCEPTED, ENTITY, String.valueOf(applicationId),
                application.getReference() + " " + grant.getAmount());
        return grant;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Grant decline(long applicationId) {
        Application application = answerable(applicationId);
        Grant grant = locks.lock(application);
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        budget.free(grant.decline(application, caller(), clock.instant()));
        versions.changed(application);
        audit.record(AuditKind.GRANT_DECLINED, ENTITY, String.valueOf(applicationId), freedDetails(application, grant,
                before, budget));
        return grant;
    }

    /** The grants whose acceptance deadline has passed without an answer, for the job to lapse one at a time. */
    @PermitAll
    public List<Long> overdueForAnswer() {
        return em.createQuery("select g.applicationId from Grant g, Application a"
                + " where a.id = g.applicationId and a.status = :granted and g.answer.deadline < :today"
                + " order by g.applicationId", Long.class)
                .setParameter("granted", ApplicationStatus.GRANTED).setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    /**
     * Lets the grant lapse if its acceptance deadline has passed, freeing its amount; false if it was answered or
     * lapsed since. One grant per transaction, so one that fails does not hold back the others.
     */
    @PermitAll
    public boolean lapseIfOverdue(long applicationId) {
        LocalDate today = LocalDate.now(clock);
        Application application = em.find(Application.class, applicationId);
        Grant grant = locks.lock(application);
        if (!grant.getAnswer().isOverdue(application, today)) {
            return false;
        }
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        budget.free(grant.lapse(application, today));
        versions.changed(application);
        audit.recordFor(SYSTEM, AuditKind.GRANT_LAPSED, ENTITY, String.valueOf(applicationId), freedDetails(application, grant,
                before, budget) + "; acceptance deadline " + grant.getAnswer().getDeadline());
        return true;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public GrantMilestone reportMilestone(long applicationId, long milestoneId, LocalDate completedOn,
            String description) {
        Application application = answerable(applicationId);
        Grant grant = locks.lock(application);
        boolean evidenced = application.attachments().hasEvidenceFor(milestoneId);
        GrantMilestone milestone = grant.reportMilestone(application, grant.milestone(milestoneId), completedOn,
                description, evidenced, caller(), clock.instant(), LocalDate.now(clock));
        versions.changed(application);
        audit.record(AuditKind.MILESTONE_REPORTED, ENTITY, String.valueOf(applicationId), milestoneDetails(application,
                milestone) + ", completed " + completedOn);
        return milestone;
    }

    /**
     * Attaches evidence: a PDF for a milestone report ({@code milestoneId}) or for the operation report (null). Only
     * the lead municipality, while the grant runs or is operational.
     */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Attachment attachEvidence(long applicationId, Long milestoneId, String fileName, byte[] content) {
        Application application = answerable(applicationId);
        Grant grant = locks.lock(application);
        if (milestoneId != null) {
            grant.milestone(milestoneId);
        }
        PdfInspection.requirePdf(content, Application.LABELS);
        String name = Applications.safeFileName(fileName, "dokumentasjon.pdf");
        String sha256 = Checksums.sha256(content);
        Attachment attachment = application.attachments().attachEvidence(milestoneId, name, "application/pdf",
                content.length, sha256, clock.instant(), caller());
        versions.changed(application);
        em.persist(new AttachmentContent(attachment, content));
        audit.record(AuditKind.EVIDENCE_ADDED, ENTITY, String.valueOf(applicationId), (milestoneId == null ? "operation"
                : "milestone " + (grant.milestone(milestoneId).getPosition() + 1)) + ": " + name + " sha256=" + sha256);
        return attachment;
    }

    /** Verifies a reported milestone, which proposes its payment (the caller is its proposer). */
    @RolesAllowed(Role.Names.CASE_HANDLER)
    public Payment verifyMilestone(long applicationId, long milestoneId) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        Payment payment = grant.verifyMilestone(application, grant.milestone(milestoneId), caller(), clock.instant());
        versions.changed(application);
        em.flush();
        audit.record(AuditKind.MILESTONE_VERIFIED, ENTITY, String.valueOf(applicationId), milestoneDetails(application,
                payment.getMilestone()) + "; payment " + payment.getId() + " proposed: gross " + payment.getGross()
                + ", withheld " + payment.getWithheld() + ", net " + payment.getNet() + "; " + grant.ledger());
        return payment;
    }

    @RolesAllowed(Role.Names.CASE_HANDLER)
    public GrantMilestone sendBackMilestone(long applicationId, long milestoneId, String reason) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        GrantMilestone milestone = grant.sendBackMilestone(application, grant.milestone(milestoneId), reason);
        versions.changed(application);
        audit.record(AuditKind.MILESTONE_SENT_BACK, ENTITY, String.valueOf(applicationId), milestoneDetails(application,
                milestone) + ": " + reason);
        return milestone;
    }

    /**
     * The municipality reports the project in operation; the first measurements of its benefit targets, which come
     * with the report, are the benefits component's ({@code Benefits.reportOperation}), in the same transaction.
     */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Grant reportOperation(long applicationId, LocalDate since, String description, int firstMeasurements) {
        Application application = answerable(applicationId);
        Grant grant = locks.lock(application);
        grant.reportOperation(application, since, description, caller(), LocalDate.now(clock),
                em.find(SchemeSettings.class, SchemeSettings.ID).getOperationGraceDays());
        versions.changed(application);
        audit.record(AuditKind.OPERATION_REPORTED, ENTITY, String.valueOf(applicationId), application.getReference()
                + " in operation since " + since + ", " + firstMeasurements + " first measurement(s)");
        return grant;
    }

    /** Confirms the reported operation, which proposes the release of the withheld money outstanding. */
    @RolesAllowed(Role.Names.CASE_HANDLER)
    public Grant confirmOperation(long applicationId) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        Optional<Payment> release = grant.confirmOperation(application, caller(), clock.instant());
        versions.changed(application);
        em.flush();
        audit.record(AuditKind.OPERATION_CONFIRMED, ENTITY, String.valueOf(applicationId), application.getReference()
                + release.map(r -> "; release payment " + r.getId() + " of " + r.getNet() + " proposed").orElse("")
                + "; " + grant.ledger());
        return grant;
    }

    /** Cancels a running grant: its withheld money outstanding is forfeited, its unpaid milestones freed. */
    @RolesAllowed(Role.Names.APPROVER)
    public Grant cancel(long applicationId, String reason) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        budget.free(grant.cancel(application, reason, caller(), clock.instant()));
        versions.changed(application);
        audit.record(AuditKind.GRANT_CANCELLED, ENTITY, String.valueOf(applicationId), application.getReference() + ": "
                + reason + "; " + grant.ledger() + "; committed " + grant.getBudgetYear() + " " + before + " -> "
                + budget.getCommitted());
        return grant;
    }

    /**
     * The approver decides at a verified decision point that the project goes on: the milestones after it (up to the
     * next decision point) may be reported and paid. The letter is issued and kept as issued.
     */
    @RolesAllowed(Role.Names.APPROVER)
    public Grant goOn(long applicationId, long milestoneId, String justification) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        GrantMilestone decisionPoint = grant.goOn(application, grant.milestone(milestoneId), justification, caller(),
                clock.instant());
        versions.changed(application);
        em.persist(DecisionLetters.decisionPoint(application, grant, decisionPoint, clock.instant(),
                LocalDate.now(clock)));
        em.flush();
        audit.record(AuditKind.DECISION_POINT_GO, ENTITY, String.valueOf(applicationId), milestoneDetails(application,
                decisionPoint) + ": " + decisionPoint.getGateText());
        return grant;
    }

    /**
     * The approver stops the project at a verified decision point: the grant ends as a cancellation does, what it
     * gives back freed under the budget year's lock. The letter is issued and kept as issued.
     */
    @RolesAllowed(Role.Names.APPROVER)
    public Grant stop(long applicationId, long milestoneId, String reason) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        GrantMilestone decisionPoint = grant.milestone(milestoneId);
        budget.free(grant.stop(application, decisionPoint, reason, caller(), clock.instant()));
        versions.changed(application);
        em.persist(DecisionLetters.decisionPoint(application, grant, decisionPoint, clock.instant(),
                LocalDate.now(clock)));
        em.flush();
        audit.record(AuditKind.DECISION_POINT_STOPPED, ENTITY, String.valueOf(applicationId),
                milestoneDetails(application, decisionPoint) + ": " + decisionPoint.getGateText() + "; "
                        + grant.ledger() + "; committed " + grant.getBudgetYear() + " " + before + " -> "
                        + budget.getCommitted());
        return grant;
    }

    /** The grants waiting at a decision point for an approver's go or stop, the longest waiting first. */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.APPROVER})
    public List<WaitingAtDecisionPoint> waitingAtDecisionPoint() {
        return em.createQuery("select m, a from GrantMilestone m, Application a"
                + " where a.id = m.grant.applicationId and a.status in :running and m.decisionPoint = true"
                + " and m.status = :verified and m.gateDecision is null order by m.verifiedAt, a.id", Object[].class)
                .setParameter("running", List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.IN_PROGRESS))
                .setParameter("verified", no.gevinst.payments.entity.MilestoneStatus.VERIFIED).getResultList()
                .stream().map(row -> {
                    GrantMilestone m = (GrantMilestone) row[0];
                    Application a = (Application) row[1];
                    return new WaitingAtDecisionPoint(a.getId(), a.getReference(), a.getTitle(),
                            a.getMunicipality().getName(), m.getPosition() + 1, m.getTitle(), m.getVerifiedBy(),
                            m.getVerifiedAt());
                }).toList();
    }

    /** The running grants past their operation deadline and grace period, for the job to expire one at a time. */
    @PermitAll
    public List<Long> pastOperationDeadline() {
        int graceDays = em.find(SchemeSettings.class, SchemeSettings.ID).getOperationGraceDays();
        return em.createQuery("select g.applicationId from Grant g, Application a"
                + " where a.id = g.applicationId and a.status in :running and g.operation.deadline < :limit"
                + " and g.operation.since is null order by g.applicationId", Long.class)
                .setParameter("running", List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.IN_PROGRESS))
                .setParameter("limit", LocalDate.now(clock).minusDays(graceDays)).getResultList();
    }

    /**
     * Lets the grant expire, as a cancellation by the system, if it is running and not reported in operation by its
     * operation deadline and the grace period; false if that no longer holds. One grant per transaction.
     */
    @PermitAll
    public boolean expireIfPastOperationDeadline(long applicationId) {
        LocalDate today = LocalDate.now(clock);
        int graceDays = em.find(SchemeSettings.class, SchemeSettings.ID).getOperationGraceDays();
        Application application = em.find(Application.class, applicationId);
        Grant grant = locks.lock(application);
        if (!grant.getOperation().isMissed(application, today, graceDays)) {
            return false;
        }
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        budget.free(grant.expire(application, today, graceDays, SYSTEM, clock.instant()));
        versions.changed(application);
        audit.recordFor(SYSTEM, AuditKind.GRANT_EXPIRED, ENTITY, String.valueOf(applicationId), application.getReference()
                + ": not in operation by " + grant.getOperation().getDeadline() + " + " + graceDays + " days; "
                + grant.ledger() + "; committed " + grant.getBudgetYear() + " " + before + " -> "
                + budget.getCommitted());
        return true;
    }

    private static String milestoneDetails(Application application, GrantMilestone milestone) {
        return application.getReference() + " milestone " + (milestone.getPosition() + 1) + " (" + milestone.getAmount()
                + ")";
    }

    private static String freedDetails(Application application, Grant grant, Money before, BudgetYear budget) {
        return application.getReference() + " freed " + grant.ledger().freed() + "; committed " + grant.getBudgetYear()
                + " " + before + " -> " + budget.getCommitted();
    }

    /** Only the lead municipality answers for the grant; partners read. */
    private Application answerable(long applicationId) {
        Application application = applications.get(applicationId);
        if (!applications.mayEdit(application)) {
            throw new DomainException("application.partnerReadsOnly");
        }
        return application;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
