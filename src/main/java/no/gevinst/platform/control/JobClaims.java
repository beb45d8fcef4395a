package no.gevinst.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scheduled jobs run on every node of a cluster at the same moments; this lets one of them do each period's run.
 * The claim moves the job's {@code scheduled_job.last_slot} forward in its own transaction: the row lock lets one
 * node do it, and the other, once the lock is free, finds the period taken and changes nothing. A node that dies
 * after claiming leaves that period undone, which every job tolerates (each act is made from what is due, so the
 * next period does what this one did not).
 */
@Stateless
@PermitAll
public class JobClaims {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();
    private static final Duration HISTORY_KEPT = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Off where the jobs are run by hand on a clock of their own (the container tests): no period is claimed. */
    @Inject
    @ConfigProperty(name = "gevinst.jobs.scheduled", defaultValue = "true")
    boolean scheduled;

    /** Whether this node runs {@code job} for the present period (the minute, hour, … it is in). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, ChronoUnit period) {
        if (!scheduled) {
            return false;
        }
        Timestamp slot = Timestamp.from(clock.instant().truncatedTo(period));
        int claimed = em.createNativeQuery("update scheduled_job set last_slot = ?1, node = ?2"
                + " where name = ?3 and last_slot < ?4").setParameter(1, slot).setParameter(2, NODE)
                .setParameter(3, job).setParameter(4, slot).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Instant now = clock.instant();
        em.createNativeQuery("delete from job_run where job = ?1 and slot < ?2").setParameter(1, job)
                .setParameter(2, Timestamp.from(now.minus(HISTORY_KEPT))).executeUpdate();
        em.createNativeQuery("insert into job_run (job, slot, node, claimed_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, job).setParameter(2, slot).setParameter(3, NODE)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        return true;
    }
}
