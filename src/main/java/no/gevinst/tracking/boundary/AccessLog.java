package no.gevinst.tracking.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.boundary.Accounts;
import no.gevinst.security.boundary.Callers;
import no.gevinst.security.entity.UserAccount;
import no.gevinst.tracking.entity.AccessRecord;

/**
 * The access log (sporing av bruk): who in the directorate, or which system, read an application or its documents,
 * when, what and how. Written at the end of each request that read something ({@link #recordReadsOfTheRequest}),
 * read by the municipality whose case it is and by administrators, and deleted after the retention period.
 */
@Stateless
@PermitAll
public class AccessLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadsOfTheRequest reads;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Stores what this request read, one record per application, in one transaction; {@code route} says how. */
    public void recordReadsOfTheRequest(String route) {
        List<ReadsOfTheRequest.Read> read = reads.take();
        if (read.isEmpty()) {
            return;
        }
        String reader = reads.reader();
        String name = reader.startsWith(Callers.SYSTEM_PREFIX) ? reader
                : accounts.findByUsername(reader).map(UserAccount::getFullName).orElse(reader);
        Instant now = clock.instant();
        for (ReadsOfTheRequest.Read one : read) {
            em.persist(new AccessRecord(one.applicationId(), now, reader, name, reads.readerRole().orElse(null),
                    one.part(), one.documents().isEmpty() ? null : String.join(", ", one.documents()), route));
        }
    }

    /** The application's access records, the latest first. */
    public Page<AccessRecord> of(long applicationId, int page, int size) {
        long total = em.createQuery("select count(r) from AccessRecord r where r.applicationId = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
        List<AccessRecord> items = em.createQuery("select r from AccessRecord r where r.applicationId = :id"
                + " order by r.readAt desc, r.id desc", AccessRecord.class)
                .setParameter("id", applicationId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, total, page, size);
    }

    /**
     * The records an administrator looks for, the latest first: of one application, by one reader (username), in a
     * span of time ({@code from} included, {@code to} not); each criterion left null is not applied.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Page<AccessRecord> search(Long applicationId, String reader, Instant from, Instant to, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "r.applicationId = :application", "application", applicationId);
        condition(where, parameters, "r.reader = :reader", "reader", reader);
        condition(where, parameters, "r.readAt >= :from", "from", from);
        condition(where, parameters, "r.readAt < :to", "to", to);
        var count = em.createQuery("select count(r) from AccessRecord r" + where, Long.class);
        var items = em.createQuery("select r from AccessRecord r" + where + " order by r.readAt desc, r.id desc",
                AccessRecord.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    /** Deletes the records read before {@code before}; returns how many. */
    public int deleteReadBefore(Instant before) {
        return em.createQuery("delete from AccessRecord r where r.readAt < :before").setParameter("before", before)
                .executeUpdate();
    }
}
