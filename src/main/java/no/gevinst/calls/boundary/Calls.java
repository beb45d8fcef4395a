package no.gevinst.calls.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallRevised;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.CriteriaChanging;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Role;

/** Calls for applications: every user reads them, administrators create and revise them. */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
    Role.Names.MANAGEMENT, Role.Names.ADMIN})
public class Calls {

    static final String ENTITY = "Call";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<CriteriaChanging> criteriaChanges;

    @Inject
    Event<CallRevised> revisions;

    /** The calls open for applications today, the one closing first first. */
    public List<Call> openToday() {
        return em.createNamedQuery(Call.OPEN_ON, Call.class)
                .setParameter("day", LocalDate.now(clock))
                .getResultList();
    }

    /** All calls, the newest budget year first. */
    public Page<Call> all(int page, int size) {
        var found = em.createNamedQuery(Call.ALL, Call.class).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        return new Page<>(found, em.createNamedQuery(Call.COUNT, Long.class).getSingleResult(), page, size);
    }

    public Optional<Call> find(long id) {
        return Optional.ofNullable(em.find(Call.class, id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Call create(CallTerms terms) {
        Call call = new Call(terms);
        em.persist(call);
        em.flush();
        audit.record(AuditKind.CALL_CREATED, ENTITY, String.valueOf(call.getId()), summary(call));
        return call;
    }

    /**
     * Revises a call that the administrator saw at {@code expectedVersion}; if someone changed it since, nothing
     * changes and {@link StaleVersionException} says so.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Optional<Call> revise(long id, long expectedVersion, CallTerms terms) {
        Optional<Call> found = find(id);
        found.ifPresent(call -> {
            if (call.getVersion() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, call.getVersion());
            }
            int yearBefore = call.getBudgetYear();
            if (call.changesCriteria(terms)) {
                criteriaChanges.fire(new CriteriaChanging(call.getId(),
                        call.getCriteria().stream().map(c -> c.getId()).toList()));
            }
            call.revise(terms);
            em.flush();
            revisions.fire(new CallRevised(call.getId(), call.getBudgetYear(), yearBefore));
            audit.record(AuditKind.CALL_REVISED, ENTITY, String.valueOf(call.getId()), summary(call));
        });
        return found;
    }

    private static String summary(Call call) {
        return call.getBudgetYear() + " " + call.getTitle() + ", frame " + call.getFrame() + ", " + call.getOpensOn()
                + " to " + call.getClosesOn();
    }
}
