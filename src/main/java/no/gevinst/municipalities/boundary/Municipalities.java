package no.gevinst.municipalities.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.municipalities.entity.County;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.Role;

/** The municipality register, readable by every user. */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
    Role.Names.MANAGEMENT, Role.Names.ADMIN})
public class Municipalities {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Municipalities in force today whose name contains {@code text} (any case) or whose number starts with it, within a county
     * when one is given, ordered by number.
     */
    public Page<Municipality> search(String text, String countyNumber, int page, int size) {
        return search(text, countyNumber, false, page, size);
    }

    /** As {@link #search(String, String, int, int)}, with municipalities that have ended or not begun yet. */
    public Page<Municipality> search(String text, String countyNumber, boolean includeNotInForce, int page, int size) {
        // Conditions are added only when given: PostgreSQL cannot type a bare "? is null" parameter.
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!includeNotInForce) {
            where.append(" and (m.validFrom is null or m.validFrom <= :today) and (m.validTo is null or m.validTo >= :today)");
            parameters.put("today", LocalDate.now(clock));
        }
        if (text != null && !text.isBlank()) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            where.append(" and (lower(m.name) like :pattern or lower(m.officialName) like :pattern"
                    + " or m.number like :prefix)");
            parameters.put("pattern", "%" + lower + "%");
            parameters.put("prefix", lower + "%");
        }
        if (countyNumber != null && !countyNumber.isBlank()) {
            where.append(" and m.county.number = :county");
            parameters.put("county", countyNumber.trim());
        }
        var items = em.createQuery("select m from Municipality m" + where + " order by m.number", Municipality.class);
        var count = em.createQuery("select count(m) from Municipality m" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        var found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, count.getSingleResult(), page, size);
    }

    public Optional<Municipality> find(String number) {
        return Optional.ofNullable(em.find(Municipality.class, number));
    }

    /**
     * The municipality in force today that has this organisation number: whom a system's access token acts for (no
     * caller is known yet when it is asked).
     */
    @PermitAll
    public Optional<Municipality> withOrganisationNumber(String organisationNumber) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select m from Municipality m where m.organisationNumber = :number", Municipality.class)
                .setParameter("number", organisationNumber).getResultStream().filter(m -> m.isInForceOn(today))
                .findFirst();
    }

    public List<County> counties() {
        return em.createNamedQuery(County.ALL, County.class).getResultList();
    }
}
