package no.gevinst.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import no.gevinst.security.boundary.ProviderSessions;

/** Where a page sends the user: the start page of their role, or out. */
@Named
@RequestScoped
public class SessionActions {

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProviderSessions providerSessions;

    /** The welcome page has no content of its own: it forwards each role to its start page. */
    public void goToStartPage() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + currentUser.getStartPage());
    }

    /** Ends the session here and, for a session begun at a provider that offers it, at the provider too. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        String loggedOut = external.getRequestContextPath() + "/login.xhtml?loggedOut=true";
        URI afterwards = URI.create(request.getRequestURL().toString()).resolve(loggedOut);
        var atProvider = providerSessions.endAtProvider(request.getSession(false), afterwards);
        request.logout();
        external.invalidateSession();
        external.redirect(atProvider.map(URI::toString).orElse(loggedOut));
    }
}
