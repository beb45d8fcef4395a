package no.gevinst.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Where a page sends the user: the start page of their role, or out. */
@Named
@RequestScoped
public class SessionActions {

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    /** The welcome page has no content of its own: it forwards each role to its start page. */
    public void goToStartPage() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + currentUser.getStartPage());
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
