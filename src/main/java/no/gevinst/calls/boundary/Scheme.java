package no.gevinst.calls.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.calls.entity.SchemeTerms;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Role;

/** The scheme's settings: every directorate role reads them, administrators change them. */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT, Role.Names.ADMIN})
public class Scheme {

    public static final String ENTITY = "SchemeSettings";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public SchemeSettings settings() {
        return em.find(SchemeSettings.class, SchemeSettings.ID);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public SchemeSettings revise(Long expectedVersion, SchemeTerms terms) {
        SchemeSettings settings = settings();
        if (expectedVersion != null && settings.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, settings.getVersion());
        }
        SchemeTerms before = settings.terms();
        settings.revise(terms);
        em.lock(settings, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditKind.SCHEME_SETTINGS_CHANGED, ENTITY, String.valueOf(SchemeSettings.ID), before + " -> " + settings.terms());
        return settings;
    }
}
