package no.gevinst.budget.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.gevinst.budget.entity.BudgetYear;

/** Creates a budget year's row in a transaction of its own, committed before anyone locks it. */
@Stateless
public class BudgetYearCreation {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(int year) {
        em.persist(new BudgetYear(year));
        em.flush();
    }
}
