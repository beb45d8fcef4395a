package no.gevinst.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.gevinst.archive.entity.ArchiveMessage;
import no.gevinst.archive.entity.FiledAct;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Role;

/** How the delivery to the archive stands, for administrators: what waits, what was given up, and sending it again. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ArchiveDeliveries {

    private static final int SHOWN = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** How many messages are delivered, waiting and given up. */
    public record Counts(long delivered, long waiting, long failed) implements Serializable {
    }

    /** A message not delivered yet, and why. */
    public record Undelivered(long id, long applicationId, String journalKey, FiledAct act,
            ArchiveMessage.Status status, int attempts, Instant nextAttemptAt, String lastError)
            implements Serializable {
    }

    public Counts counts() {
        long[] counts = new long[ArchiveMessage.Status.values().length];
        em.createQuery("select m.status, count(m) from ArchiveMessage m group by m.status", Object[].class)
                .getResultList().forEach(row -> counts[((ArchiveMessage.Status) row[0]).ordinal()] = (Long) row[1]);
        return new Counts(counts[ArchiveMessage.Status.DELIVERED.ordinal()],
                counts[ArchiveMessage.Status.PENDING.ordinal()], counts[ArchiveMessage.Status.FAILED.ordinal()]);
    }

    /** The messages not delivered, those given up first, each case's in order; at most 500. */
    public List<Undelivered> undelivered() {
        return em.createQuery("select m from ArchiveMessage m where m.status <> :delivered"
                + " order by m.status, m.applicationId, m.position", ArchiveMessage.class)
                .setParameter("delivered", ArchiveMessage.Status.DELIVERED).setMaxResults(SHOWN).getResultStream()
                .map(m -> new Undelivered(m.getId(), m.getApplicationId(), m.getJournalKey(), m.getAct(),
                        m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError()))
                .toList();
    }

    /** Sends a message that was given up on again, at the next delivery, with its attempts counted from nothing. */
    public void retry(long id) {
        int resent = em.createNativeQuery("update archive_message set status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ?1 where id = ?2 and status = 'FAILED'")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, id).executeUpdate();
        if (resent == 0) {
            throw new DomainException("archive.notFailed");
        }
        String key = (String) em.createNativeQuery("select journal_key from archive_message where id = ?1")
                .setParameter(1, id).getSingleResult();
        audit.record(AuditKind.ARCHIVE_MESSAGE_RESENT, "ArchiveMessage", String.valueOf(id), key);
    }
}
