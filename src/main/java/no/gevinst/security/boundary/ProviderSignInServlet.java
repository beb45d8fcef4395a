package no.gevinst.security.boundary;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.security.control.OpenIdClient;
import no.gevinst.security.control.OpenIdProviders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in through an OpenID Connect provider, the authorization-code flow with PKCE (S256), state and nonce:
 * {@code /signin/<provider>} sends the browser to the provider, {@code /signin/<provider>/callback} takes it back,
 * exchanges the code for tokens, checks the ID token (signature against the provider's keys, issuer, audience,
 * expiry, nonce) and signs the person in to the HTTP session as the login form does, so that the session fails over
 * between nodes the same way. A failure sends the person to the login page with a code it explains.
 */
@WebServlet("/signin/*")
public class ProviderSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProviderSignInServlet.class.getName());
    private static final String PENDING = "gevinst.oidc.pending";
    private static final String CALLBACK = "/callback";
    /** The page for a person ID-porten signed in who may act for no municipality here. */
    public static final String NO_ACCESS_PAGE = "/no-access.xhtml";
    /** Marks a session whose person ID-porten signed in without access here, for the page that says whom to ask. */
    public static final String NO_ACCESS = "gevinst.oidc.noAccess";

    /** What the browser's session remembers between going to the provider and coming back. */
    record PendingSignIn(String provider, String state, String nonce, String codeVerifier, String continueTo,
            String invitation) implements Serializable {
    }

    @Inject
    transient OpenIdProviders providers;

    @Inject
    transient ProviderSignIns signIns;

    @Inject
    transient OpenIdClient client;

    @Inject
    transient ProviderSessions sessions;

    @Inject
    @ConfigProperty(name = "gevinst.oidc.redirect-base-url")
    transient Optional<String> redirectBase;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean callback = path.endsWith(CALLBACK);
        String name = (callback ? path.substring(0, path.length() - CALLBACK.length()) : path).replaceFirst("^/", "");
        Optional<OpenIdProviders.Provider> provider = providers.provider(name);
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (callback) {
            finish(provider.get(), request, response);
        } else {
            start(provider.get(), request, response);
        }
    }

    private void start(OpenIdProviders.Provider provider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var pending = new PendingSignIn(provider.name(), new State().getValue(), new Nonce().getValue(),
                new CodeVerifier().getValue(), request.getParameter("continue"), request.getParameter("invitation"));
        URI authorize;
        try {
            authorize = new AuthenticationRequest.Builder(ResponseType.CODE, provider.scope(), provider.clientId(),
                    callbackUri(provider, request))
                    .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                    .state(new State(pending.state())).nonce(new Nonce(pending.nonce()))
                    .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                    .acrValues(provider.acceptedLevels().isEmpty() ? null
                            : List.of(new ACR(provider.acceptedLevels().get(0))))
                    .build().toURI();
        } catch (IOException unreachable) {
            LOG.log(Level.WARNING, "The sign-in provider " + provider.name() + " cannot be reached", unreachable);
            backToLogin(request, response, SignInRefusal.UNREACHABLE);
            return;
        }
        request.getSession().setAttribute(PENDING, pending);
        response.sendRedirect(authorize.toString());
    }

    private void finish(OpenIdProviders.Provider provider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        try {
            URI callback = callbackUri(provider, request);
            URI received = URI.create(callback + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            AuthenticationResponse answer = AuthenticationResponseParser.parse(received);
            if (pending == null || !pending.provider().equals(provider.name()) || answer.getState() == null
                    || !answer.getState().getValue().equals(pending.state())) {
                throw new SignInFailed("the state does not match a sign-in begun in this browser");
            }
            if (answer instanceof AuthenticationErrorResponse error) {
                throw new SignInFailed("the provider answered " + error.getErrorObject().getCode());
            }
            OpenIdClient.Answer tokens = client.exchange(provider,
                    answer.toSuccessResponse().getAuthorizationCode().getValue(), callback, pending.codeVerifier(),
                    pending.nonce());
            String username = provider.saysRoles()
                    ? signIns.staffSignedIn(provider, ProviderSignIns.staffClaims(provider, tokens.claims()))
                    : signIns.personSignedIn(provider, ProviderSignIns.personClaims(provider, tokens.claims()),
                            pending.invitation());
            request.changeSessionId();
            HttpSession signedIn = request.getSession();
            signedIn.setAttribute(GevinstAuthenticationMechanism.SESSION_USER, username);
            sessions.begin(signedIn, provider.name(), tokens);
            response.sendRedirect(request.getContextPath()
                    + GevinstAuthenticationMechanism.safeContinuation(pending.continueTo()));
        } catch (SignInFailed | OpenIdClient.Refused | ParseException e) {
            signIns.recordFailure(provider.name() + ": " + e.getMessage());
            backToLogin(request, response, SignInRefusal.FAILED);
        } catch (ProviderSignIns.SignInRefused refused) {
            backToLogin(request, response, refused.refusal());
        } catch (ProviderSignIns.NoAccess noAccess) {
            // signed in by ID-porten, but with no access here: the page that says whom to ask, and nothing else
            request.changeSessionId();
            request.getSession().setAttribute(NO_ACCESS, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + NO_ACCESS_PAGE);
        } catch (IOException unreachable) {
            LOG.log(Level.WARNING, "The sign-in provider " + provider.name() + " cannot be reached", unreachable);
            backToLogin(request, response, SignInRefusal.UNREACHABLE);
        }
    }

    /** Where the provider sends the browser back: configured behind a proxy that rewrites the address, else as asked. */
    private URI callbackUri(OpenIdProviders.Provider provider, HttpServletRequest request) {
        String base = redirectBase.filter(value -> !value.isBlank()).orElseGet(() -> request.getScheme() + "://"
                + request.getServerName() + ":" + request.getServerPort() + request.getContextPath());
        return URI.create(base.replaceFirst("/$", "") + "/signin/" + provider.name() + CALLBACK);
    }

    private static void backToLogin(HttpServletRequest request, HttpServletResponse response, SignInRefusal refusal)
            throws IOException {
        response.sendRedirect(request.getContextPath() + GevinstAuthenticationMechanism.LOGIN_PAGE + "?signin="
                + refusal.code());
    }

    private static final class SignInFailed extends Exception {
        private static final long serialVersionUID = 1L;

        SignInFailed(String message) {
            super(message);
        }
    }
}
