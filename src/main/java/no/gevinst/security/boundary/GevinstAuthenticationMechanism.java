package no.gevinst.security.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.security.control.AccessTokens;
import no.gevinst.security.control.SecurityHeadersFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpSession;
import no.gevinst.security.entity.UserAccount;
import java.util.Base64;
import no.gevinst.platform.rest.Problems;

/**
 * One mechanism for the two ways in: pages use a form login whose result is kept in the HTTP session; the REST API
 * under {@code /api/} uses HTTP Basic on every request and never creates a session.
 */
@ApplicationScoped
public class GevinstAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The user's own account, where a temporary password is changed. */
    public static final String ACCOUNT_PAGE = "/account.xhtml";
    /**
     * The signed-in user's name, kept in the HTTP session as a plain string. The container's own record of a login
     * lives in one node's memory; this attribute travels with the session to the other node of a cluster, which
     * then signs the user in again from the database, roles and all.
     */
    static final String SESSION_USER = "gevinst.username";

    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(GevinstAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Problems problems;

    @Inject
    Accounts accounts;

    @Inject
    Callers callers;

    @Inject
    ProviderSessions providerSessions;

    @Inject
    AccessTokens accessTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // The login page called SecurityContext.authenticate with what the user typed.
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object sessionUser = session == null ? null : session.getAttribute(SESSION_USER);
        if (sessionUser instanceof String username) {
            return continueSession(request, context, username);
        }
        if (context.isProtected()) {
            return context.redirect(loginUrl(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return validateBearer(authorization.substring(BEARER.length()).trim(), request, response, context);
        }
        UsernamePasswordCredential credential = basicCredential(authorization);
        if (credential == null) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(request, response);
        }
        if (accounts.findByUsername(result.getCallerPrincipal().getName())
                .filter(UserAccount::isMustChangePassword).isPresent()) {
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.passwordChangeRequired");
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A system's access token: checked on every request (signature, issuer, audience, time), then what its scopes
     * allow. The answers follow RFC 6750: 401 with {@code error="invalid_token"} for a token that is not valid here,
     * 403 with {@code error="insufficient_scope"} for one that may do nothing here.
     */
    private AuthenticationStatus validateBearer(String token, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        try {
            Callers.TokenCaller caller = callers.signIn(accessTokens.verify(token));
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        } catch (AccessTokens.RefusedToken refused) {
            callers.recordInvalidToken(refused.getMessage());
            response.setHeader("WWW-Authenticate", bearerChallenge("invalid_token", refused.getMessage()));
            return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.token.invalid");
        } catch (Callers.TokenNotAllowed notAllowed) {
            response.setHeader("WWW-Authenticate", bearerChallenge("insufficient_scope",
                    "The token's scope or organisation allows nothing here"));
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, notAllowed.detailKey(),
                    notAllowed.arguments());
        } catch (AccessTokens.IssuerUnreachable unreachable) {
            LOG.log(Level.WARNING, unreachable.getMessage(), unreachable);
            response.setHeader("Retry-After", "30");
            return refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.token.issuerUnreachable");
        }
    }

    /** An RFC 6750 challenge; the description is ASCII without quotes, as the header's grammar requires. */
    static String bearerChallenge(String error, String description) {
        String safe = description.replaceAll("[^\\x20-\\x7E]", "?").replace('"', '\'').replace('\\', '/');
        return "Bearer realm=\"Gevinst\", error=\"" + error + "\", error_description=\"" + safe + "\"";
    }

    /**
     * A logged-in user's next page. The account is read again, so that a deactivated user is logged out at once and
     * a change of roles applies from the next page, on whichever node serves it; a user with a temporary password
     * sees nothing but the page where they choose their own.
     */
    private AuthenticationStatus continueSession(HttpServletRequest request, HttpMessageContext context,
            String username) throws AuthenticationException {
        UserAccount account = accounts.findByUsername(username).filter(UserAccount::isActive).orElse(null);
        if (account == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return context.redirect(loginUrl(request));
        }
        HttpSession session = request.getSession(false);
        SignInRefusal ended = session == null ? null : providerSessions.recheck(session);
        if (ended != null) {
            session.invalidate();
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?signin=" + ended.code());
        }
        if (account.isMustChangePassword() && !isOpenWhileChangingPassword(request)) {
            return context.redirect(request.getContextPath() + ACCOUNT_PAGE);
        }
        return context.notifyContainerAboutLogin(account.getUsername(), account.groups());
    }

    private static boolean isOpenWhileChangingPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(ACCOUNT_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/error/")
                || path.equals(LOGIN_PAGE) || path.equals("/language");
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Gevinst\", charset=\"UTF-8\"");
        if (accessTokens.isConfigured()) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Gevinst\"");
        }
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthorized");
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String detailKey, Object... arguments) throws AuthenticationException {
        try {
            SecurityHeadersFilter.apply(request, response);
            problems.write(request, response, status, detailKey, arguments);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    /** The credential in an {@code Authorization: Basic} header, or null when there is none or it is malformed. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Where to go after signing in: only a path inside this application, else the start; never another site. */
    public static String safeContinuation(String continueTo) {
        if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\") && !continueTo.startsWith(LOGIN_PAGE)) {
            return continueTo;
        }
        return "/";
    }

    /** The login page, told where to continue: the page the user asked for, within this application. */
    private static String loginUrl(HttpServletRequest request) {
        String asked = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            asked += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        return asked.isEmpty() || "/".equals(asked) ? login
                : login + "?continue=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
    }
}
