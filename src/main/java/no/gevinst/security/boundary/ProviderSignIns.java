package no.gevinst.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.control.OpenIdProviders;
import no.gevinst.security.entity.SignInWay;
import no.gevinst.security.entity.UserAccount;

/**
 * A person the directorate's provider has signed in: their account is created at the first sign-in and restated at
 * every later one, with the roles the provider's groups give now. Every sign-in and every refusal is in the trail.
 */
@Stateless
@PermitAll
public class ProviderSignIns {

    /** What the provider's ID token says of a staff member. */
    public record StaffClaims(String subject, String username, String fullName, String email, List<String> groups) {
    }

    /** A sign-in the provider allowed but Gevinst does not, with the refusal the login page explains. */
    @ApplicationException
    public static class SignInRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final SignInRefusal refusal;

        public SignInRefused(SignInRefusal refusal) {
            super(refusal.code());
            this.refusal = refusal;
        }

        public SignInRefusal refusal() {
            return refusal;
        }
    }

    /** The directorate's own provider, for its staff. */
    public static final String STAFF = OpenIdProviders.STAFF;

    @PersistenceContext
    EntityManager em;

    @Inject
    OpenIdProviders providers;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    public boolean isConfigured(String provider) {
        return providers.provider(provider).isPresent();
    }

    /** What a checked ID token of the staff provider says, by the claims configured for it. */
    public static StaffClaims staffClaims(OpenIdProviders.Provider provider, IDTokenClaimsSet claims) {
        List<String> groups = claims.getStringListClaim(provider.claim("groups"));
        if (groups == null) {
            String single = claims.getStringClaim(provider.claim("groups"));
            groups = single == null ? List.of() : List.of(single);
        }
        return new StaffClaims(claims.getSubject().getValue(), claims.getStringClaim(provider.claim("username")),
                claims.getStringClaim(provider.claim("name")), claims.getStringClaim(provider.claim("email")), groups);
    }

    /** @return the username the person is signed in as */
    public String staffSignedIn(OpenIdProviders.Provider provider, StaffClaims claims) throws SignInRefused {
        UserAccount account = staffAccount(provider, claims);
        audit.recordFor(account.getUsername(), AuditKind.PROVIDER_SIGN_IN, Accounts.ENTITY,
                String.valueOf(account.getId()), provider.issuer().getValue());
        return account.getUsername();
    }

    /** What the provider says of a signed-in person when asked again: their roles now, or a refusal. */
    public void staffRechecked(OpenIdProviders.Provider provider, StaffClaims claims) throws SignInRefused {
        staffAccount(provider, claims);
    }

    private UserAccount staffAccount(OpenIdProviders.Provider provider, StaffClaims claims) throws SignInRefused {
        String name = claims.username() == null || claims.username().isBlank() ? claims.subject() : claims.username();
        Set<Role> roles = provider.rolesOf(claims.groups());
        UserAccount account = em.createNamedQuery(UserAccount.BY_PROVIDER_SUBJECT, UserAccount.class)
                .setParameter("signIn", SignInWay.STAFF_PROVIDER).setParameter("subject", claims.subject())
                .getResultStream().findFirst().orElse(null);
        if (roles.isEmpty()) {
            if (account != null && !account.getRoles().isEmpty()) {
                account.restateFromProvider(account.getFullName(), account.getEmail(), Set.of());
                audit.recordFor(account.getUsername(), AuditKind.USER_CHANGED, Accounts.ENTITY,
                        String.valueOf(account.getId()), "from the staff provider: no role any more");
            }
            refuse(name, account, "no group of Gevinst: " + claims.groups());
            throw new SignInRefused(SignInRefusal.NO_ROLE);
        }
        if (account == null) {
            if (accounts.findByUsername(name).isPresent()) {
                refuse(name, null, "the username is another account's");
                throw new SignInRefused(SignInRefusal.USERNAME_TAKEN);
            }
            account = UserAccount.signedInThrough(SignInWay.STAFF_PROVIDER, claims.subject(), name,
                    claims.fullName() == null ? name : claims.fullName(), claims.email(), roles);
            em.persist(account);
            em.flush();
            audit.recordFor(account.getUsername(), AuditKind.USER_CREATED, Accounts.ENTITY,
                    String.valueOf(account.getId()), "through the staff provider, roles " + roles);
        } else if (!account.isActive()) {
            refuse(account.getUsername(), account, "inactive");
            throw new SignInRefused(SignInRefusal.INACTIVE);
        } else if (account.restateFromProvider(claims.fullName() == null ? account.getFullName() : claims.fullName(),
                claims.email(), roles)) {
            audit.recordFor(account.getUsername(), AuditKind.USER_CHANGED, Accounts.ENTITY,
                    String.valueOf(account.getId()), "from the staff provider, roles " + roles);
        }
        return account;
    }

    /** A sign-in that failed on the way back from the provider: state, error or an ID token that did not hold. */
    public void recordFailure(String reason) {
        audit.recordFor("provider", AuditKind.PROVIDER_SIGN_IN_REFUSED, Accounts.ENTITY, null, reason);
    }

    private void refuse(String name, UserAccount account, String reason) {
        audit.recordFor(name, AuditKind.PROVIDER_SIGN_IN_REFUSED, Accounts.ENTITY,
                account == null ? null : String.valueOf(account.getId()), reason);
    }
}
