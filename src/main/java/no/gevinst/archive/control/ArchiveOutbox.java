package no.gevinst.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.entity.AttachmentContent;
import no.gevinst.applications.entity.SubmittedVersion;
import no.gevinst.archive.entity.ArchiveDocument;
import no.gevinst.archive.entity.ArchiveMessage;
import no.gevinst.payments.entity.FollowUpLetter;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.platform.entity.Checksums;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive's outbox as its delivery sees it, each step in a transaction of its own: which messages are due (the
 * first undelivered of each case, so that a case's entries arrive in order), the claim of one for an attempt, and
 * the attempt's outcome.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ArchiveOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * How long a claimed message is left to its attempt before another run may try it (its node may have died): longer
     * than an attempt can take ({@code gevinst.archive.timeout-seconds} and the documents' reading).
     */
    @Inject
    @ConfigProperty(name = "gevinst.archive.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    /** A message with its documents' bytes, ready to hand to the archive. */
    public record Parcel(long id, String key, String arkivmelding, List<File> files) {
    }

    /** A document's file as the message names it. */
    public record File(String name, byte[] content) {
    }

    /** The messages due now: each case's first undelivered one, if its time has come. */
    public List<Long> due(int max) {
        return em.createQuery("select m.id from ArchiveMessage m where m.status = :pending"
                + " and m.nextAttemptAt <= :now and not exists (select e from ArchiveMessage e"
                + " where e.applicationId = m.applicationId and e.position < m.position and e.status <> :delivered)"
                + " order by m.id", Long.class)
                .setParameter("pending", ArchiveMessage.Status.PENDING)
                .setParameter("delivered", ArchiveMessage.Status.DELIVERED)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /**
     * Claims a due message for one attempt: counted, and not due again before the lease runs out (its node may die
     * during the attempt); false when another run has it.
     */
    public boolean claim(long id) {
        Timestamp now = Timestamp.from(clock.instant());
        return em.createNativeQuery("update archive_message set attempts = attempts + 1,"
                + " next_attempt_at = ?1 where id = ?2 and status = 'PENDING' and next_attempt_at <= ?3")
                .setParameter(1, Timestamp.from(clock.instant().plusSeconds(leaseSeconds))).setParameter(2, id)
                .setParameter(3, now).executeUpdate() == 1;
    }

    /** The message with its documents, read again from where they are kept: each must still be what was filed. */
    public Parcel parcel(long id) {
        ArchiveMessage message = em.find(ArchiveMessage.class, id);
        List<File> files = new ArrayList<>();
        for (ArchiveDocument document : message.getDocuments()) {
            byte[] content = content(document);
            if (!Checksums.sha256(content).equals(document.getSha256())) {
                throw new IllegalStateException(document.getFileName() + " is no longer the document filed");
            }
            files.add(new File(document.getFileName(), content));
        }
        return new Parcel(id, message.getJournalKey(), message.arkivmelding(), files);
    }

    /** The archive took it; its receipt and the numbers it gave the case and the journal entry are kept. */
    public void delivered(long id, byte[] receipt, String caseNumber, String journalNumber) {
        em.createNativeQuery("update archive_message set status = 'DELIVERED', delivered_at = ?1, last_error = null,"
                + " archive_case_number = ?2, archive_journal_number = ?3 where id = ?4")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, caseNumber)
                .setParameter(3, journalNumber).setParameter(4, id).executeUpdate();
        if (receipt != null) {
            em.createNativeQuery("update archive_message set receipt = ?1 where id = ?2").setParameter(1, receipt)
                    .setParameter(2, id).executeUpdate();
        }
    }

    /** Never sent: the message itself is wrong (the archive's schema refuses it), and trying again changes nothing. */
    public void refused(long id, String error) {
        em.createNativeQuery("update archive_message set status = 'FAILED', last_error = ?1 where id = ?2")
                .setParameter(1, ArchiveMessage.shortened(error)).setParameter(2, id).executeUpdate();
    }

    /**
     * The attempt that claimed it failed: tried again after {@link ArchiveMessage#waitAfter} its attempts, or after
     * the last attempt left to an administrator.
     */
    public void failed(long id, String error) {
        int attempts = ((Number) em.createNativeQuery("select attempts from archive_message where id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        em.createNativeQuery("update archive_message set status = ?1, last_error = ?2, next_attempt_at = ?3"
                + " where id = ?4")
                .setParameter(1, attempts >= ArchiveMessage.MAX_ATTEMPTS ? "FAILED" : "PENDING")
                .setParameter(2, ArchiveMessage.shortened(error))
                .setParameter(3, Timestamp.from(clock.instant().plus(ArchiveMessage.waitAfter(attempts))))
                .setParameter(4, id).executeUpdate();
    }

    private byte[] content(ArchiveDocument document) {
        return switch (document.getSource()) {
            case SUBMISSION -> em.find(SubmittedVersion.class, document.getSourceId()).getContent();
            case LETTER -> em.find(IssuedLetter.class, document.getSourceId()).getContent();
            case FOLLOW_UP_LETTER -> em.find(FollowUpLetter.class, document.getSourceId()).getContent();
            case ATTACHMENT -> em.find(AttachmentContent.class, document.getSourceId()).bytes();
            case RECORD -> document.recordContent();
        };
    }
}
