package no.gevinst.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.security.boundary.Accounts;
import no.gevinst.security.entity.UserAccount;

/** The logged-in user as the pages see them; empty on the login and error pages before login. */
@Named
@RequestScoped
public class CurrentUser {

    // The request, not Jakarta Security's SecurityContext: on Payara 7 the latter fails (NullPointerException in
    // the JACC policy context) while the container renders an error page.
    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    private Optional<UserAccount> account;

    private Optional<UserAccount> account() {
        if (account == null) {
            Principal caller = request.getUserPrincipal();
            account = caller == null ? Optional.empty() : accounts.findByUsername(caller.getName());
        }
        return account;
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public String getUsername() {
        return account().map(UserAccount::getUsername).orElse(null);
    }

    public String getFullName() {
        return account().map(UserAccount::getFullName).orElse(null);
    }

    /** The user's roles by name in a language, as the header shows them: "Saksbehandler, Administrator". */
    public String rolesIn(java.util.Locale locale) {
        return account().map(user -> user.getRoles().stream().map(role -> Messages.text(locale, "role." + role.name()))
                .collect(java.util.stream.Collectors.joining(", "))).orElse("");
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    public Municipality getMunicipality() {
        return account().flatMap(UserAccount::getMunicipality).orElse(null);
    }

    /** The start page of the user's role, relative to the context root; the login page when not logged in. */
    public String getStartPage() {
        return account().map(UserAccount::startPage).orElse("/login.xhtml");
    }
}
