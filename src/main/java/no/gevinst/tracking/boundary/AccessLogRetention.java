package no.gevinst.tracking.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import no.gevinst.platform.control.JobClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes access records older than the retention period, once a day, on one node: every node asks each minute, and
 * the day's claim lets the first to ask after midnight (or after a node starts on a day not yet pruned) run it.
 */
@Singleton
@PermitAll
public class AccessLogRetention {

    private static final Logger LOG = Logger.getLogger(AccessLogRetention.class.getName());

    @Inject
    AccessLog accessLog;

    @Inject
    JobClaims jobs;

    @Inject
    Clock clock;

    /** How long an access record is kept: five years by default. */
    @Inject
    @ConfigProperty(name = "gevinst.access-log.retention-days", defaultValue = "1826")
    int retentionDays;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void daily() {
        if (jobs.claim("AccessLogRetention", ChronoUnit.DAYS)) {
            deleteExpired();
        }
    }

    /** Deletes what has been kept for the retention period; returns how many records. */
    public int deleteExpired() {
        int deleted = accessLog.deleteReadBefore(clock.instant().minus(Duration.ofDays(retentionDays)));
        LOG.info(() -> "Access log: " + deleted + " records older than " + retentionDays + " days deleted");
        return deleted;
    }
}
