package no.gevinst.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;

/**
 * Gevinst's side of an OpenID Connect provider's token endpoint: the authorization code exchanged for tokens at
 * sign-in, the refresh token exchanged for new ones when a signed-in person is checked again, and every ID token
 * checked before anything is taken from it.
 */
@ApplicationScoped
public class OpenIdClient {

    /** What the provider says of the person now, and the refresh token to ask it again with (null if none). */
    public record Answer(IDTokenClaimsSet claims, String idToken, String refreshToken) {
    }

    /** The provider refused, or answered something that does not hold; the message says what, for the trail. */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** The code from the browser's return, with the PKCE verifier and nonce of the sign-in it began. */
    public Answer exchange(OpenIdProviders.Provider provider, String code, URI callback, String codeVerifier,
            String nonce) throws IOException, Refused {
        return ask(provider, new AuthorizationCodeGrant(new AuthorizationCode(code), callback,
                new CodeVerifier(codeVerifier)), new Nonce(nonce), null);
    }

    /** A new ID token for a signed-in person; a refreshed ID token carries no nonce. */
    public Answer refresh(OpenIdProviders.Provider provider, String refreshToken) throws IOException, Refused {
        return ask(provider, new RefreshTokenGrant(new RefreshToken(refreshToken)), null, refreshToken);
    }

    private Answer ask(OpenIdProviders.Provider provider, AuthorizationGrant grant, Nonce nonce, String earlierRefresh)
            throws IOException, Refused {
        URI tokenEndpoint = provider.metadata().getTokenEndpointURI();
        var http = new TokenRequest(tokenEndpoint, provider.clientAuthentication(tokenEndpoint), grant).toHTTPRequest();
        http.setConnectTimeout(5_000);
        http.setReadTimeout(10_000);
        try {
            var tokens = OIDCTokenResponseParser.parse(http.send());
            if (!tokens.indicatesSuccess()) {
                throw new Refused("the token endpoint answered " + tokens.toErrorResponse().getErrorObject().getCode());
            }
            var oidcTokens = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens();
            if (oidcTokens.getIDToken() == null) {
                throw new Refused("the provider gave no ID token");
            }
            IDTokenClaimsSet claims = provider.validator().validate(oidcTokens.getIDToken(), nonce);
            RefreshToken next = oidcTokens.getRefreshToken();
            return new Answer(claims, oidcTokens.getIDTokenString(), next != null ? next.getValue() : earlierRefresh);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(e.getMessage());
        }
    }
}
