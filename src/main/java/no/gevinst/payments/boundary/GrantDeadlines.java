package no.gevinst.payments.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.platform.control.JobClaims;
import no.gevinst.platform.persistence.Concurrency;

/**
 * The grants' deadlines: a grant nobody accepted by its acceptance deadline lapses; a running grant not in
 * operation by its operation deadline and the grace period expires. Runs every hour, so a node that was down at
 * midnight catches up; running twice, or on two nodes, ends each grant once (each is locked and checked again).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GrantDeadlines {

    private static final Logger LOG = Logger.getLogger(GrantDeadlines.class.getName());

    @Inject
    Grants grants;

    @Inject
    JobClaims jobs;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void onSchedule() {
        if (jobs.claim("GrantDeadlines", ChronoUnit.HOURS)) {
            lapseUnanswered();
            expireNotInOperation();
        }
    }

    public int lapseUnanswered() {
        int lapsed = each(grants.overdueForAnswer(), grants::lapseIfOverdue, "lapse");
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " grant(s) lapsed: acceptance deadline passed");
        }
        return lapsed;
    }

    public int expireNotInOperation() {
        int expired = each(grants.pastOperationDeadline(), grants::expireIfPastOperationDeadline, "expire");
        if (expired > 0) {
            LOG.info(() -> expired + " grant(s) expired: not in operation by the deadline and grace period");
        }
        return expired;
    }

    /**
     * Ends each grant in a transaction of its own: one that fails is logged and left for the next run, and does not
     * roll back the others. An act on the same grant at the same moment (the municipality accepting, a case handler
     * confirming) makes the database refuse one of the two: the job tries that grant again, a few times.
     */
    private static int each(List<Long> applicationIds, LongPredicate end, String what) {
        int ended = 0;
        for (long id : applicationIds) {
            for (int attempt = 1; ; attempt++) {
                try {
                    if (end.test(id)) {
                        ended++;
                    }
                    break;
                } catch (EJBException | PersistenceException failed) {
                    if (attempt < 3 && Concurrency.isConflict(failed)) {
                        continue;
                    }
                    LOG.log(Level.WARNING, "Could not " + what + " grant " + id + "; the next run tries again", failed);
                    break;
                }
            }
        }
        return ended;
    }
}
