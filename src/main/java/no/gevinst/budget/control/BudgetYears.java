package no.gevinst.budget.control;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.budget.entity.CallFrame;
import no.gevinst.calls.entity.CallRevised;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;

/**
 * The budget years' committed sums, locked for the length of the deciding transaction, their frames, and each call's
 * frame with what it has committed.
 */
@Stateless
public class BudgetYears {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetYearCreation creation;

    /** The year's row, locked (SELECT … FOR UPDATE) until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public BudgetYear locked(int year) {
        BudgetYear budgetYear = em.find(BudgetYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (budgetYear == null) {
            try {
                creation.create(year);
            } catch (EJBException createdByAnotherAtTheSameMoment) {
                // the primary key let only one of them in; the row is there either way
            }
            budgetYear = em.find(BudgetYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return budgetYear;
    }

    /**
     * A revised call's frame, and its budget years' frames, must still hold what has been committed against them:
     * each year's row is locked (in ascending order, as any two revisions lock them) so that no decision commits more
     * while the frame changes, and the call's own committed sum is read under that lock.
     */
    public void refuseFrameBelowCommitted(@Observes CallRevised revision) {
        for (int year : new TreeSet<>(List.of(revision.budgetYearBefore(), revision.budgetYear()))) {
            Money committed = locked(year).getCommitted();
            if (committed.isGreaterThan(frame(year))) {
                throw new DomainException("call.frameBelowCommitted", committed.amount(), year);
            }
        }
        CallFrame frame = callFrame(revision.callId());
        if (frame.committed().isGreaterThan(frame.frame())) {
            throw new DomainException("call.frameBelowCallCommitted", frame.committed().amount());
        }
    }

    /** The year's frame: the frames of its calls together. */
    public Money frame(int year) {
        return em.createQuery("select c.frame from Call c where c.budgetYear = :year", Money.class)
                .setParameter("year", year).getResultStream().reduce(Money.ZERO, Money::plus);
    }

    /**
     * The call's frame and what the grants of applications to it have committed (granted less freed and forfeited),
     * in one query, as the database has them now: read under the call's budget year's lock, so that no other decision
     * commits, and no revision of the call changes its frame, until the caller's transaction ends.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CallFrame callFrame(long callId) {
        Object[] row = (Object[]) em.createNativeQuery("select c.title, c.frame, (select coalesce(sum(g.amount - g.freed"
                + " - g.forfeited), 0) from grant_award g join application a on a.id = g.application_id"
                + " where a.call_id = c.id) from funding_call c where c.id = ?")
                .setParameter(1, callId).getSingleResult();
        return new CallFrame(callId, (String) row[0], money(row[1]), money(row[2]));
    }

    private static Money money(Object sum) {
        return Money.of(sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString()));
    }

    public Money committed(int year) {
        BudgetYear budgetYear = em.find(BudgetYear.class, year);
        return budgetYear == null ? Money.ZERO : budgetYear.getCommitted();
    }
}
