package no.gevinst.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.security.control.OpenIdClient;
import no.gevinst.security.control.OpenIdProviders;

/**
 * A web session begun through a provider remembers which, and the refresh token it gave; when the provider's
 * recheck time has passed, the next request asks the provider again, so a person removed from a group (or from the
 * directory) loses the role at their next request after it, not at their next sign-in. The record travels with the
 * session to the other node of a cluster.
 */
@ApplicationScoped
public class ProviderSessions {

    static final String ATTRIBUTE = "gevinst.oidc.session";
    private static final Logger LOG = Logger.getLogger(ProviderSessions.class.getName());

    /** The provider, the tokens it gave last (the ID token names the session at sign-out), and when it was asked. */
    record ProviderSession(String provider, String refreshToken, String idToken, Instant checkedAt)
            implements Serializable {
    }

    @Inject
    OpenIdProviders providers;

    @Inject
    OpenIdClient client;

    @Inject
    ProviderSignIns signIns;

    @Inject
    Clock clock;

    void begin(HttpSession session, String provider, OpenIdClient.Answer answer) {
        session.setAttribute(ATTRIBUTE, new ProviderSession(provider, answer.refreshToken(), answer.idToken(),
                clock.instant()));
    }

    /**
     * Where to end the session at the provider too (RP-initiated logout), coming back to {@code afterwards}; empty
     * when the session was not begun there or the provider offers no such endpoint.
     */
    public Optional<URI> endAtProvider(HttpSession session, URI afterwards) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof ProviderSession begun)) {
            return Optional.empty();
        }
        try {
            var provider = providers.provider(begun.provider()).orElse(null);
            URI endpoint = provider == null ? null : provider.metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endpoint, begun.idToken() == null ? null
                    : JWTParser.parse(begun.idToken()), afterwards, new State()).toURI());
        } catch (IOException | java.text.ParseException e) {
            LOG.log(Level.WARNING, "Signing out at the provider is skipped", e);
            return Optional.empty();
        }
    }

    /**
     * Asks the provider again if it is time to.
     *
     * @return null while the person may go on; else why not
     */
    SignInRefusal recheck(HttpSession session) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof ProviderSession begun) || begun.refreshToken() == null) {
            return null;
        }
        var provider = providers.provider(begun.provider()).orElse(null);
        Instant now = clock.instant();
        if (provider == null) {
            return SignInRefusal.FAILED;
        }
        if (!provider.saysRoles()) {
            // ID-porten says who the person is, nothing of what they may do: their access here is read at every request
            return null;
        }
        if (now.isBefore(begun.checkedAt().plus(provider.recheckAfter()))) {
            return null;
        }
        try {
            var answer = client.refresh(provider, begun.refreshToken());
            signIns.staffRechecked(provider, ProviderSignIns.staffClaims(provider, answer.claims()));
            session.setAttribute(ATTRIBUTE, new ProviderSession(begun.provider(), answer.refreshToken(),
                    answer.idToken(), now));
            return null;
        } catch (OpenIdClient.Refused refused) {
            signIns.recordFailure(provider.name() + " (checked again): " + refused.getMessage());
            return SignInRefusal.ENDED;
        } catch (ProviderSignIns.SignInRefused refused) {
            return refused.refusal();
        } catch (IOException unreachable) {
            // The provider being away for a moment does not end anyone's work: the next request asks again.
            LOG.log(Level.WARNING, "The sign-in provider " + provider.name() + " cannot be reached", unreachable);
            return null;
        }
    }
}
