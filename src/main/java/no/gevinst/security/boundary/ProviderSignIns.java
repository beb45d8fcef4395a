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
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.control.IdentityNumbers;
import no.gevinst.security.control.InvitationCodes;
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

    /** What ID-porten's ID token says of a person: their national identity number and the level of assurance. */
    public record PersonClaims(String identityNumber, String level) {
        @Override
        public String toString() {
            return "PersonClaims[level=" + level + "]";
        }
    }

    /** ID-porten signed in a person who may act for no municipality here: the page that says whom to ask. */
    @ApplicationException
    public static class NoAccess extends Exception {
        private static final long serialVersionUID = 1L;

        public NoAccess() {
            super("no access");
        }
    }

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

    @Inject
    IdentityNumbers identityNumbers;

    @Inject
    java.time.Clock clock;

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

    /** What a checked ID token of ID-porten says, by the claims configured for it. */
    public static PersonClaims personClaims(OpenIdProviders.Provider provider, IDTokenClaimsSet claims) {
        return new PersonClaims(claims.getStringClaim(provider.claim("identityNumber")),
                claims.getStringClaim(provider.claim("level")));
    }

    /**
     * A person ID-porten signed in, at the level of assurance required: the account their number has access through,
     * or the account an invitation offered them (the invitation's code came with the sign-in), which is theirs from
     * now on.
     *
     * @return the username the person is signed in as
     * @throws NoAccess when the number has no access (or no longer)
     */
    public String personSignedIn(OpenIdProviders.Provider provider, PersonClaims claims, String invitationCode)
            throws SignInRefused, NoAccess {
        if (claims.level() == null || !provider.acceptedLevels().contains(claims.level())) {
            refuse(provider.name(), null, "level of assurance " + claims.level() + ", not one of "
                    + provider.acceptedLevels());
            throw new SignInRefused(SignInRefusal.ASSURANCE);
        }
        if (claims.identityNumber() == null || !identityNumbers.isConfigured()) {
            refuse(provider.name(), null, claims.identityNumber() == null ? "no identity number in the ID token"
                    : "gevinst.idporten.identity-number-key is not configured");
            throw new SignInRefused(SignInRefusal.FAILED);
        }
        String identityHash = identityNumbers.keyedHash(claims.identityNumber());
        UserAccount account = em.createNamedQuery(UserAccount.BY_PROVIDER_SUBJECT, UserAccount.class)
                .setParameter("signIn", SignInWay.ID_PORTEN).setParameter("subject", identityHash)
                .getResultStream().findFirst().orElse(null);
        if (invitationCode != null && !invitationCode.isBlank()) {
            account = takeInvitation(provider, invitationCode, identityHash, account);
        }
        if (account == null || !account.isActive() || account.getRoles().isEmpty()) {
            refuse(account == null ? provider.name() : account.getUsername(), account,
                    "no access to act for a municipality");
            throw new NoAccess();
        }
        audit.recordFor(account.getUsername(), AuditKind.PROVIDER_SIGN_IN, Accounts.ENTITY,
                String.valueOf(account.getId()), provider.issuer().getValue() + ", " + claims.level());
        return account.getUsername();
    }

    private UserAccount takeInvitation(OpenIdProviders.Provider provider, String code, String identityHash,
            UserAccount numbersAccount) throws SignInRefused {
        UserAccount invited = em.createNamedQuery(UserAccount.BY_INVITATION, UserAccount.class)
                .setParameter("hash", InvitationCodes.hash(code)).getResultStream().findFirst().orElse(null);
        if (invited == null || !invited.isActive()) {
            refuse(provider.name(), null, "an invitation that is not valid or was used");
            throw new SignInRefused(SignInRefusal.INVITATION_INVALID);
        }
        if (invited.getInvitationExpiresAt().filter(clock.instant()::isBefore).isEmpty()) {
            refuse(invited.getUsername(), invited, "the invitation expired");
            throw new SignInRefused(SignInRefusal.INVITATION_INVALID);
        }
        if (numbersAccount != null && !numbersAccount.getId().equals(invited.getId())) {
            return takenByEarlierAccount(provider, invited, numbersAccount);
        }
        invited.takeInvitation(identityHash, clock.instant());
        audit.recordFor(invited.getUsername(), AuditKind.ACCESS_INVITATION_TAKEN, Accounts.ENTITY,
                String.valueOf(invited.getId()), "at the first sign-in through " + provider.name());
        return invited;
    }

    /**
     * The invited person has had an account before (their number is bound to it): that account takes the invitation's
     * access, since a person has one account; unless it acts for another municipality now, which it must first lose.
     */
    private UserAccount takenByEarlierAccount(OpenIdProviders.Provider provider, UserAccount invited,
            UserAccount earlier) throws SignInRefused {
        Municipality municipality = invited.getMunicipality().orElseThrow();
        if (earlier.isActive() && !earlier.getMunicipality().map(m -> m.getNumber().equals(municipality.getNumber())).orElse(false)) {
            refuse(invited.getUsername(), invited, "the invited person acts for another municipality as "
                    + earlier.getUsername());
            throw new SignInRefused(SignInRefusal.INVITATION_CONFLICT);
        }
        Set<Role> roles = java.util.EnumSet.copyOf(invited.getRoles());
        if (earlier.isActive()) {
            roles.addAll(earlier.getRoles());
        }
        earlier.grantAgain(invited.getFullName(), invited.getEmail(), roles, municipality, null, null);
        invited.withdrawAccess();
        audit.recordFor(earlier.getUsername(), AuditKind.ACCESS_INVITATION_TAKEN, Accounts.ENTITY,
                String.valueOf(earlier.getId()), "the invitation of " + invited.getUsername()
                        + " by the person's earlier account, at sign-in through " + provider.name());
        return earlier;
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
