package no.gevinst.payments.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.platform.control.JobClaims;

/**
 * The grants' deadlines: a grant nobody accepted by its acceptance deadline lapses; a running grant not in
 * operation by its operation deadline and the grace period expires. Runs every hour, so a node that was down at
 * midnight catches up; running twice, or on two nodes, ends each grant once (each is locked and checked again).
 */
@Singleton
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
        int lapsed = grants.lapseOverdue();
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " grant(s) lapsed: acceptance deadline passed");
        }
        return lapsed;
    }

    public int expireNotInOperation() {
        int expired = grants.expireOverdue();
        if (expired > 0) {
            LOG.info(() -> expired + " grant(s) expired: not in operation by the deadline and grace period");
        }
        return expired;
    }
}
