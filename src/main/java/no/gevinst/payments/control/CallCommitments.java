package no.gevinst.payments.control;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import no.gevinst.budget.entity.CallFrame;
import no.gevinst.calls.entity.CallRevised;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;

/** What the grants of a call's applications have committed against the call's own frame. */
@Stateless
public class CallCommitments {

    @PersistenceContext
    EntityManager em;

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

    /**
     * Nor can a call's frame be lowered below what its own grants have committed, whatever room the year's other
     * calls leave: read under the year's lock that the budget took before ({@code BudgetYears}, priority 1).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void refuseFrameBelowCallCommitted(@Observes @Priority(2) CallRevised revision) {
        CallFrame frame = callFrame(revision.callId());
        if (frame.committed().isGreaterThan(frame.frame())) {
            throw new DomainException("call.frameBelowCallCommitted", frame.committed().amount());
        }
    }

    private static Money money(Object sum) {
        return Money.of(sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString()));
    }
}
