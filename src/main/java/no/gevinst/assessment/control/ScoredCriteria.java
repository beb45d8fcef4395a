package no.gevinst.assessment.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.gevinst.calls.entity.CriteriaChanging;
import no.gevinst.platform.entity.DomainException;

/** A call's criteria stay as they are once an application to it has been scored against them. */
@Stateless
public class ScoredCriteria {

    @PersistenceContext
    EntityManager em;

    /** Refuses a revision of the call that would change criteria already scored against. */
    public void refuseChangeOfScored(@Observes CriteriaChanging change) {
        if (!change.criteria().isEmpty() && em.createQuery(
                "select count(a) from Assessment a join a.scores s where s.criterionId in :criteria", Long.class)
                .setParameter("criteria", change.criteria()).getSingleResult() > 0) {
            throw new DomainException("call.criteriaScored");
        }
    }
}
