package no.gevinst.applications.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import no.gevinst.applications.entity.ReferenceCounter;
import no.gevinst.platform.persistence.LockedRows;

/**
 * Gives out application references, {@code HT-<year>-<nnnn>}, sequential and gap-free per budget year. The year's
 * counter row is locked until the submitting transaction ends, so concurrent submissions queue for it.
 */
@Stateless
public class ReferenceNumbers {

    @Inject
    LockedRows rows;

    /** The next reference of the budget year, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(int budgetYear) {
        return rows.locked(ReferenceCounter.class, budgetYear, () -> new ReferenceCounter(budgetYear)).next();
    }
}
