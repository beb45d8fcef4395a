package no.gevinst.applications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.gevinst.applications.boundary.ApplicationFilter;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.security.web.CurrentUser;

/** The municipality's own and joint applications on its start page, and starting a new one. */
@Named
@RequestScoped
public class MyApplicationsView {

    @Inject
    Applications applications;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    private List<Application> mine;

    public List<Application> getMine() {
        if (mine == null) {
            mine = applications.search(ApplicationFilter.none(), "createdAt", false, 0, 200).items();
        }
        return mine;
    }

    /** A new draft to the call, opened in the form. */
    public String start(long callId) {
        AtomicReference<Application> draft = new AtomicReference<>();
        if (FacesMessages.attempt(faces, () -> draft.set(applications.create(callId, ApplicationContent.empty())))) {
            return "/municipality/application-tasks?faces-redirect=true&id=" + draft.get().getId();
        }
        return null;
    }

    /** The key of what the municipality should do next with the application. */
    public String nextStepKey(Application application) {
        // Only the label: what the user may do is decided by the boundary when they try.
        if (!application.isLedBy(currentUser.getMunicipality().getNumber())) {
            return "application.next.partner";
        }
        ApplicationStatus status = application.getStatus();
        return switch (status) {
            case DRAFT -> application.content().missing().isEmpty() ? "application.next.submit"
                    : "application.next.complete";
            case RETURNED -> "application.next.returned";
            case SUBMITTED, IN_ASSESSMENT, RECOMMENDED -> "application.next.wait";
            default -> "application.next.none";
        };
    }
}
