package no.gevinst.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.gevinst.applications.entity.Application;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.entity.DomainException;

/**
 * The one order in which every act on a grant's money takes its locks: the application's row, then the grant's,
 * then (through {@code BudgetYears.locked}) the budget year's. With one order two acts on the same rows wait for each
 * other instead of deadlocking: declining locked the year before the application while the lapse job locked the
 * application before the year.
 */
@Stateless
public class GrantLocks {

    @PersistenceContext
    EntityManager em;

    /** The application's row and then its grant's, locked until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Grant lock(Application application) {
        em.find(Application.class, application.getId(), LockModeType.PESSIMISTIC_WRITE);
        Grant grant = em.find(Grant.class, application.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (grant == null) {
            throw new DomainException("grant.notGranted", application.getStatus());
        }
        return grant;
    }
}
