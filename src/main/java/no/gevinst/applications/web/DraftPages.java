package no.gevinst.applications.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.platform.web.FacesMessages;

/** What every page that changes an application checks on opening: the task list, its parts and the check page. */
final class DraftPages {

    private DraftPages() {
    }

    /**
     * The application the applicant may change now. One that does not exist or that the user may not read is not
     * found; one the user may read but not change (a partner's, a submitted one) opens on its own page instead.
     */
    static Optional<Application> open(FacesContext faces, Applications applications, Long id) throws IOException {
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
