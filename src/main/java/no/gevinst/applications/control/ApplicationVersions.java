package no.gevinst.applications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.gevinst.applications.entity.Application;

/**
 * Every act on an application, whichever component makes it, is a change to the application: its version moves on,
 * in the act's transaction, so that whoever saw it before (a page, an API client with its ETag) is told it changed.
 */
@Dependent
public class ApplicationVersions {

    @PersistenceContext
    EntityManager em;

    /** The application changed by the act in progress: a new version, written now. */
    public void changed(Application application) {
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }
}
