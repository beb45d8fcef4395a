package no.gevinst.payments.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.control.ApplicationVersions;
import no.gevinst.applications.entity.Application;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.budget.entity.CallFrame;
import no.gevinst.payments.control.CallCommitments;
import no.gevinst.payments.control.DecisionLetters;
import no.gevinst.payments.control.GrantLocks;
import no.gevinst.payments.entity.ChangeRequest;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.PlanChange;
import no.gevinst.payments.entity.PlanVersion;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Role;

/**
 * Change requests (endringsmeldinger) to a grant's plan: the lead municipality asks, a case handler recommends, an
 * approver who is not that case handler decides. An approved change is made under the grant's lock and, when the
 * amount changes, under the budget year's: a higher grant is a new commitment against the frames of the grant's year
 * and call, refused when they have no room, exactly as a decision is; a lower one gives the difference back.
 */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class GrantChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationVersions applicationVersions;

    @Inject
    Applications applications;

    @Inject
    GrantLocks locks;

    @Inject
    BudgetYears budgetYears;

    @Inject
    CallCommitments callCommitments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The grant's change requests, oldest first, for whoever may read the application. */
    public List<ChangeRequest> list(long applicationId) {
        Application application = applications.get(applicationId);
        return em.createQuery("select c from ChangeRequest c where c.applicationId = :id order by c.id",
                ChangeRequest.class).setParameter("id", application.getId()).getResultList();
    }

    /** The versions of the grant's plan, the first first; none until a change is approved. */
    public List<PlanVersion> versions(long applicationId) {
        Application application = applications.get(applicationId);
        return em.createQuery("select v from PlanVersion v where v.applicationId = :id order by v.number",
                PlanVersion.class).setParameter("id", application.getId()).getResultList();
    }

    /** The lead municipality asks for a change, with its justification; one open request per grant at a time. */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public ChangeRequest request(long applicationId, PlanChange change, String justification) {
        Application application = applications.get(applicationId);
        if (!applications.mayEdit(application)) {
            throw new DomainException("application.partnerReadsOnly");
        }
        Grant grant = locks.lock(application);
        if (!application.getStatus().isPayable()) {
            throw new DomainException("change.grantNotRunning", application.getStatus());
        }
        if (list(applicationId).stream().anyMatch(c -> c.getStatus().isOpen())) {
            throw new DomainException("change.alreadyOpen");
        }
        ChangeRequest request = new ChangeRequest(grant, application, change, justification, caller(),
                clock.instant(), today());
        em.persist(request);
        applicationVersions.changed(application);
        audit.record(AuditKind.CHANGE_REQUESTED, Grants.ENTITY, String.valueOf(applicationId),
                application.getReference() + " change " + request.getId() + ": " + request.getKinds());
        return request;
    }

    /** The lead municipality withdraws its request before the decision. */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public ChangeRequest withdraw(long applicationId, long changeId) {
        Application application = applications.get(applicationId);
        if (!applications.mayEdit(application)) {
            throw new DomainException("application.partnerReadsOnly");
        }
        locks.lock(application);
        ChangeRequest request = find(application, changeId);
        request.withdraw();
        applicationVersions.changed(application);
        audit.record(AuditKind.CHANGE_WITHDRAWN, Grants.ENTITY, String.valueOf(applicationId),
                application.getReference() + " change " + changeId);
        return request;
    }

    /**
     * A case handler recommends approving or rejecting, with a comment; {@code adjustment}, when not null, is the
     * change they recommend instead of the one asked for.
     */
    @RolesAllowed(Role.Names.CASE_HANDLER)
    public ChangeRequest recommend(long applicationId, long changeId, Boolean approve, String comment,
            PlanChange adjustment) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        ChangeRequest request = find(application, changeId);
        request.recommend(grant, application, approve, comment, adjustment, caller(), clock.instant(), today());
        applicationVersions.changed(application);
        audit.record(AuditKind.CHANGE_RECOMMENDED, Grants.ENTITY, String.valueOf(applicationId),
                application.getReference() + " change " + changeId + ": " + (Boolean.TRUE.equals(approve) ? "approve"
                        : "reject") + (request.isAdjusted() ? ", adjusted: " + request.getKinds() : ""));
        return request;
    }

    /**
     * An approver who did not recommend it decides. Approving makes the change that stands, checked again against the
     * grant as it is now; a higher amount is committed, a lower one freed, under the budget year's lock. Either way
     * the letter is issued in the municipality's language form and kept as issued.
     */
    @RolesAllowed(Role.Names.APPROVER)
    public ChangeRequest decide(long applicationId, long changeId, Boolean approve, String comment) {
        Application application = applications.get(applicationId);
        Grant grant = locks.lock(application);
        ChangeRequest request = find(application, changeId);
        // read before the decision, whose state a query would flush half made
        List<PlanVersion> versions = versions(applicationId);
        PlanChange change = request.decide(approve, comment, caller(), clock.instant());
        Money previous = grant.getAmount();
        int version = 0;
        String details;
        if (change != null) {
            version = versions.isEmpty() ? 2 : versions.getLast().getNumber() + 1;
            // before anything is flushed: an approved change always names the version it made (the database checks)
            request.madeVersion(version);
            if (versions.isEmpty()) {
                // the plan as granted, kept before its first change
                em.persist(new PlanVersion(grant, 1, null, grant.getDecidedBy(), grant.getDecidedAt()));
            }
            int year = grant.getBudgetYear();
            BudgetYear budget = budgetYears.locked(year);
            Money before = budget.getCommitted();
            // the call's committed sum is read before the grant's new amount is written
            CallFrame callFrame = callCommitments.callFrame(application.getCall().getId());
            Money grows = change.amountFor(grant).minus(previous);
            if (grows.isPositive()) {
                budget.commit(grows, budgetYears.frame(year), callFrame);
            } else if (grows.compareTo(Money.ZERO) < 0) {
                budget.free(Money.ZERO.minus(grows));
            }
            grant.applyChange(application, change, today());
            em.flush();
            em.persist(new PlanVersion(grant, version, request.getId(), caller(), clock.instant()));
            details = "approved, plan version " + version + ": " + request.getKinds() + "; amount " + previous
                    + " -> " + grant.getAmount() + "; committed " + year + " " + before + " -> "
                    + budget.getCommitted() + "; " + grant.ledger();
        } else {
            details = "rejected";
        }
        applicationVersions.changed(application);
        em.persist(DecisionLetters.change(application, grant, request, previous, version, clock.instant(), today()));
        em.flush();
        audit.record(change != null ? AuditKind.CHANGE_APPROVED : AuditKind.CHANGE_REJECTED, Grants.ENTITY,
                String.valueOf(applicationId), application.getReference() + " change " + changeId + " " + details);
        return request;
    }

    private ChangeRequest find(Application application, long changeId) {
        ChangeRequest request = em.find(ChangeRequest.class, changeId);
        if (request == null || !request.getApplicationId().equals(application.getId())) {
            throw new NotFoundException("Change request " + changeId + " of application " + application.getId());
        }
        return request;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
