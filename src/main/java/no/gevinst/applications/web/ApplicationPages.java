package no.gevinst.applications.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.platform.web.FacesMessages;

/** What the pages of one application check on opening: that it is there for the user, or answer 404. */
public final class ApplicationPages {

    private ApplicationPages() {
    }

    /** The application the user may read; one that does not exist or that the user may not read is not found. */
    public static Optional<Application> read(FacesContext faces, Applications applications, Long id)
            throws IOException {
        Optional<Application> application = id == null ? Optional.empty() : applications.read(id);
        if (application.isEmpty()) {
            FacesMessages.notFound(faces);
        }
        return application;
    }

    /**
     * The application the applicant may change now (the task list, its parts and the check page). One that does not exist or that the user may not read is not
     * found; one the user may read but not change (a partner's, a submitted one) opens on its own page instead.
     */
    static Optional<Application> openDraft(FacesContext faces, Applications applications, Long id) throws IOException {
        Application application = id == null ? null : applications.find(id).orElse(null);
        if (application == null) {
            FacesMessages.notFound(faces);
            return Optional.empty();
        }
        if (!applications.mayEdit(application) || !application.getStatus().isEditable()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/application.xhtml?id=" + id);
            return Optional.empty();
        }
        return Optional.of(application);
    }
}
