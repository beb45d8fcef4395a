package no.gevinst.applications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.Call;
import no.gevinst.security.entity.Role;

/** Calls for applications. */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT,
    Role.Names.ADMIN})
public class Calls {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The calls open for applications today, the one closing first first. */
    public List<Call> openToday() {
        return em.createNamedQuery(Call.OPEN_ON, Call.class)
                .setParameter("day", LocalDate.now(clock))
                .getResultList();
    }
}
