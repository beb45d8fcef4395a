package no.gevinst.applications.control;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.gevinst.applications.entity.ReferenceCounter;

/**
 * Gives out application references, {@code HT-<year>-<nnnn>}, sequential and gap-free per budget year. The year's
 * counter row is locked until the submitting transaction ends, so concurrent submissions queue for it.
 */
@Stateless
public class ReferenceNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReferenceCounterCreation creation;

    /** The next reference of the budget year, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(int budgetYear) {
        ReferenceCounter counter = em.find(ReferenceCounter.class, budgetYear, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                creation.create(budgetYear);
            } catch (EJBException createdByAnotherAtTheSameMoment) {
                // the primary key let only one of them in; the row is there either way
            }
            counter = em.find(ReferenceCounter.class, budgetYear, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }
}
