package no.gevinst.budget.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.gevinst.budget.boundary.Grants;

/**
 * Lets grants lapse when their acceptance deadline has passed. Runs every hour, so a node that was down at midnight
 * catches up; running twice, or on two nodes, lapses each grant once (it locks the application first).
 */
@Singleton
public class AcceptanceDeadlines {

    private static final Logger LOG = Logger.getLogger(AcceptanceDeadlines.class.getName());

    @Inject
    Grants grants;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void onSchedule() {
        run();
    }

    public int run() {
        int lapsed = grants.lapseOverdue();
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " grant(s) lapsed: acceptance deadline passed");
        }
        return lapsed;
    }
}
