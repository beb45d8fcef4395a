package no.gevinst.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.platform.i18n.Language;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.security.boundary.Accounts;
import no.gevinst.security.boundary.GevinstAuthenticationMechanism;
import no.gevinst.security.boundary.ProviderSignIns;
import no.gevinst.security.boundary.SignInRefusal;
import no.gevinst.security.entity.UserAccount;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.security.entity.LockoutPolicy;

/** The login form. After login the user continues where they were going, or to their role's start page. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    LockoutPolicy lockoutPolicy;

    @Inject
    Accounts accounts;

    @Inject
    ProviderSignIns providerSignIns;


    private String username;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                if (!Language.isRemembered(request)) {
                    languageOf(username).ifPresent(language -> Language.remember(request, response, language));
                }
                external.redirect(request.getContextPath() + GevinstAuthenticationMechanism.safeContinuation(continueTo));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(Language.of(request), "login.failed", lockoutPolicy.maxFailedLogins(),
                            lockoutPolicy.lockDuration().toMinutes()), null));
        }
    }

    /**
     * The language a user sees until they choose one in this browser: the one they chose on their account, else
     * Nynorsk for users of a municipality that writes Nynorsk.
     */
    private java.util.Optional<java.util.Locale> languageOf(String user) {
        var account = accounts.findByUsername(user);
        var preferred = account.flatMap(UserAccount::getPreferredLanguage).flatMap(Languages::fromTag);
        if (preferred.isPresent()) {
            return preferred;
        }
        return account.flatMap(UserAccount::getMunicipality)
                .filter(municipality -> municipality.getLanguageForm() == LanguageForm.NYNORSK)
                .map(municipality -> Languages.NYNORSK);
    }

    /** Whether the directorate's staff may sign in through their own provider. */
    public boolean isIdPorten() {
        return providerSignIns.isConfigured(no.gevinst.security.control.OpenIdProviders.ID_PORTEN);
    }

    public boolean isStaffProvider() {
        return providerSignIns.isConfigured(ProviderSignIns.STAFF);
    }

    /** Whether the form for a username and password of Gevinst's own is offered. */
    public boolean isLocalPasswords() {
        return accounts.localPasswords();
    }

    /** What the login page says after a sign-in through a provider was refused, or null. */
    public String getSignInRefusal() {
        String code = faces.getExternalContext().getRequestParameterMap().get("signin");
        return SignInRefusal.of(code).map(refusal -> Messages.text(Language.of(
                (HttpServletRequest) faces.getExternalContext().getRequest()), refusal.messageKey())).orElse(null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
