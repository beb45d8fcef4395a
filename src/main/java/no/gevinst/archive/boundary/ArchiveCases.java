package no.gevinst.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import no.gevinst.archive.entity.ArchiveMessage;
import no.gevinst.archive.entity.FiledAct;
import no.gevinst.platform.entity.Role;

/** What the archive holds of a case, for the directorate: its journal entries and the numbers the archive gave. */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class ArchiveCases {

    @PersistenceContext
    EntityManager em;

    /** One filed act of the case and how its delivery stands. */
    public record Filing(int position, String journalKey, FiledAct act, ArchiveMessage.Status status,
            String caseNumber, String journalNumber, Instant deliveredAt, String lastError) implements Serializable {
    }

    /** The case's filed acts in their order. */
    public List<Filing> of(long applicationId) {
        return em.createQuery("select m from ArchiveMessage m where m.applicationId = :id order by m.position",
                ArchiveMessage.class).setParameter("id", applicationId).getResultStream()
                .map(m -> new Filing(m.getPosition(), m.getJournalKey(), m.getAct(), m.getStatus(),
                        m.getArchiveCaseNumber(), m.getArchiveJournalNumber(), m.getDeliveredAt(), m.getLastError()))
                .toList();
    }
}
