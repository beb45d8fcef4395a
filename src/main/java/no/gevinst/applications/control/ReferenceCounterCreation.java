package no.gevinst.applications.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.gevinst.applications.entity.ReferenceCounter;

/** Creates a budget year's reference counter in a transaction of its own, committed before anyone locks it. */
@Stateless
public class ReferenceCounterCreation {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(int budgetYear) {
        em.persist(new ReferenceCounter(budgetYear));
        em.flush();
    }
}
