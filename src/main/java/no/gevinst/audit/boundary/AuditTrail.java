package no.gevinst.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.gevinst.audit.entity.AuditEvent;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.ApplicationRead;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.entity.Role;

/**
 * Writes and reads the append-only audit trail. Events are written in the transaction of the act they record. Its
 * readers see no more of an application than they may read elsewhere: see {@link #readableBy()}.
 */
@Stateless
public class AuditTrail {

    /** The applicant's working copy: the directorate may read who edited it and when, not what it said. */
    static final Set<AuditKind> APPLICANT_EDITS = Set.of(AuditKind.APPLICATION_CREATED,
            AuditKind.APPLICATION_REVISED, AuditKind.ATTACHMENT_ADDED, AuditKind.ATTACHMENT_REMOVED,
            AuditKind.APPLICATION_WITHDRAWN);

    /** What administrators keep and so may read the details of; the system's own events name no entity. */
    static final Set<String> ADMINISTERED = Set.of("Call", "UserAccount", "Municipality", "SchemeSettings");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Every recorded act, to whoever acts on acts (notifications), in the act's transaction. */
    @Inject
    Event<AuditEvent> recorded;

    @Inject
    Event<ApplicationRead> reads;

    /** Records an act of the calling user. */
    public void record(AuditKind kind, String entityType, String entityId, String details) {
        recordFor(session.getCallerPrincipal().getName(), kind, entityType, entityId, details);
    }

    /** Records an act on behalf of a named user, e.g. a failed login where nobody is authenticated yet. */
    public void recordFor(String username, AuditKind kind, String entityType, String entityId, String details) {
        AuditEvent event = new AuditEvent(clock.instant(), username, kind, entityType, entityId, details);
        em.persist(event);
        recorded.fire(event);
    }

    /** What happened to one thing, oldest first: the history a grant's page shows the directorate. */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
    public List<TrailEvent> history(String entityType, String entityId) {
        return em.createQuery("select e from AuditEvent e where e.entityType = :type and e.entityId = :id"
                + " order by e.occurredAt, e.id", AuditEvent.class).setParameter("type", entityType)
                .setParameter("id", entityId).setMaxResults(500).getResultStream().map(readableBy()).toList();
    }

    @RolesAllowed({Role.Names.APPROVER, Role.Names.MANAGEMENT, Role.Names.ADMIN})
    public Page<TrailEvent> search(EventFilter filter, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "e.entityType = :entityType", "entityType", filter.entityType());
        condition(where, parameters, "e.entityId = :entityId", "entityId", filter.entityId());
        condition(where, parameters, "e.username = :username", "username", filter.username());
        condition(where, parameters, "e.occurredAt >= :from", "from", filter.from());
        condition(where, parameters, "e.occurredAt < :to", "to", filter.to());
        TypedQuery<AuditEvent> items = em.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        var found = items.setFirstResult(page * size).setMaxResults(size).getResultStream().map(readableBy()).toList();
        if (ApplicationRead.ENTITY_TYPE.equals(filter.entityType()) && filter.entityId() != null && !found.isEmpty()
                && filter.entityId().chars().allMatch(Character::isDigit)) {
            reads.fire(ApplicationRead.of(Long.parseLong(filter.entityId()), ReadPart.HISTORY));
        }
        return new Page<>(found, count.getSingleResult(), page, size);
    }

    /**
     * The events as the caller may read them. Whoever reads applications (case handlers, approvers, management)
     * sees every event's details except the applicant's edits of its working copy, which the directorate does not
     * read; an administrator, who reads no application content, sees details only of what administrators keep.
     */
    private Function<AuditEvent, TrailEvent> readableBy() {
        boolean readsApplications = session.isCallerInRole(Role.Names.CASE_HANDLER)
                || session.isCallerInRole(Role.Names.APPROVER) || session.isCallerInRole(Role.Names.MANAGEMENT);
        return event -> TrailEvent.of(event, readsApplications ? !APPLICANT_EDITS.contains(event.getKind())
                : event.getEntityType() == null || ADMINISTERED.contains(event.getEntityType()));
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }
}
