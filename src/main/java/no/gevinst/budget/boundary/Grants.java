package no.gevinst.budget.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.assessment.entity.IssuedLetter;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.budget.entity.Grant;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.security.entity.Role;

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
    Applications applications;

    @Inject
    BudgetYears budgetYears;

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

    /** The grant letter as it was issued, for whoever may read the application. */
    public IssuedLetter letter(long applicationId) {
        Application application = applications.get(applicationId);
        IssuedLetter letter = em.find(IssuedLetter.class, application.getId());
        if (letter == null) {
            throw new NotFoundException("Grant letter " + applicationId);
        }
        return letter;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Grant accept(long applicationId) {
        Application application = answerable(applicationId);
        Grant grant = grant(application);
        grant.accept(application, caller(), clock.instant(), LocalDate.now(clock));
        changed(application);
        audit.record("GRANT_ACCEPTED", ENTITY, String.valueOf(applicationId),
                application.getReference() + " " + grant.getAmount());
        return grant;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Grant decline(long applicationId) {
        Application application = answerable(applicationId);
        Grant grant = grant(application);
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        budget.free(grant.decline(application, caller(), clock.instant()));
        changed(application);
        audit.record("GRANT_DECLINED", ENTITY, String.valueOf(applicationId), freedDetails(application, grant,
                before, budget));
        return grant;
    }

    /**
     * Lets every grant whose acceptance deadline has passed lapse, freeing its amount. Safe to run twice: a grant
     * that has lapsed is no longer granted. Returns how many lapsed.
     */
    @PermitAll
    public int lapseOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Long> overdue = em.createQuery("select g.applicationId from Grant g, Application a"
                + " where a.id = g.applicationId and a.status = :granted and g.acceptanceDeadline < :today"
                + " order by g.applicationId", Long.class)
                .setParameter("granted", ApplicationStatus.GRANTED).setParameter("today", today).getResultList();
        int lapsed = 0;
        for (Long id : overdue) {
            Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
            Grant grant = em.find(Grant.class, id);
            if (!grant.isOverdue(application, today)) {
                continue; // accepted or lapsed by someone else since the query
            }
            BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
            Money before = budget.getCommitted();
            budget.free(grant.lapse(application, today));
            changed(application);
            audit.recordFor(SYSTEM, "GRANT_LAPSED", ENTITY, String.valueOf(id), freedDetails(application, grant,
                    before, budget) + "; acceptance deadline " + grant.getAcceptanceDeadline());
            lapsed++;
        }
        return lapsed;
    }

    private static String freedDetails(Application application, Grant grant, Money before, BudgetYear budget) {
        return application.getReference() + " freed " + grant.getFreed() + "; committed " + grant.getBudgetYear()
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

    private Grant grant(Application application) {
        Grant grant = em.find(Grant.class, application.getId());
        if (grant == null) {
            throw new DomainException("grant.notGranted", application.getStatus());
        }
        return grant;
    }

    private void changed(Application application) {
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
