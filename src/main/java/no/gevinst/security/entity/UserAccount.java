package no.gevinst.security.entity;

import no.gevinst.platform.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import no.gevinst.platform.entity.InvalidInputException;
import java.util.Optional;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.municipalities.entity.Municipality;

/**
 * A person who logs in, with one or more roles; a municipality user acts for one municipality and holds no
 * directorate role. Users are deactivated, never deleted: their acts stay in the audit trail under their name.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.BY_PROVIDER_SUBJECT, query = "select u from UserAccount u where u.signIn = :signIn"
        + " and u.providerSubject = :subject")
@NamedQuery(name = UserAccount.BY_INVITATION, query = "select u from UserAccount u where u.invitationHash = :hash")
@NamedQuery(name = UserAccount.OF_MUNICIPALITY, query = "select u from UserAccount u"
        + " where u.municipality.number = :municipality order by u.active desc, u.fullName, u.id")
@NamedQuery(name = UserAccount.ACTIVE_WITH_ROLE, query = "select u from UserAccount u join u.roles r"
        + " where r = :role and u.active = true order by u.id")
public class UserAccount extends SequencedEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";
    public static final String BY_PROVIDER_SUBJECT = "UserAccount.byProviderSubject";
    public static final String ACTIVE_WITH_ROLE = "UserAccount.activeWithRole";
    public static final String BY_INVITATION = "UserAccount.byInvitation";
    public static final String OF_MUNICIPALITY = "UserAccount.ofMunicipality";

    private String username;

    /** Null for an account that signs in through a provider. */
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private SignInWay signIn = SignInWay.PASSWORD;

    /**
     * Who the provider says this is, for an account that signs in through one: the staff provider's {@code sub}, or
     * for ID-porten the keyed hash of the national identity number (never the number itself). Null only while an
     * invitation waits for its first sign-in.
     */
    private String providerSubject;

    /** The hash of an invitation's code, while it waits to be taken at the person's first sign-in. */
    private String invitationHash;

    private Instant invitationExpiresAt;

    private String fullName;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String preferredLanguage;

    /** Set when an administrator gave a temporary password; the user must choose their own before anything else. */
    private boolean mustChangePassword;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    @Embedded
    private Lockout lockout = new Lockout();

    /** Demo accounts share a published password and are refused whenever demo data is switched off. */
    private boolean demo;

    private boolean active = true;

    @Version
    private long version;

    protected UserAccount() {
    }

    /** A user with a password of their own (demo and bootstrap users). */
    public UserAccount(String username, String fullName, String email, Set<Role> roles, Municipality municipality,
            String passwordHash, boolean demo) {
        this(username, fullName, email, SignInWay.PASSWORD);
        assignRoles(roles, municipality);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.demo = demo;
    }

    /** Who the account is and how they sign in; the name trimmed, a blank email none. */
    private UserAccount(String username, String fullName, String email, SignInWay signIn) {
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = Objects.requireNonNull(fullName, "fullName").trim();
        this.email = blankToNull(email);
        this.signIn = signIn;
    }

    /** A new user as an administrator creates them, with a temporary password they must change at first login. */
    public static UserAccount created(UserProfile profile, Municipality municipality, String temporaryPasswordHash) {
        InvalidInputException.throwIfAny(profile.violations());
        UserAccount account = new UserAccount(profile.username(), profile.fullName(), profile.email(), profile.roles(),
                municipality, temporaryPasswordHash, false);
        account.preferredLanguage = profile.preferredLanguage();
        account.mustChangePassword = true;
        return account;
    }

    /**
     * A staff member's account as the directorate's provider first signs them in: no password here, the roles the
     * provider's groups give.
     */
    public static UserAccount signedInThrough(SignInWay way, String subject, String username, String fullName,
            String email, Set<Role> roles) {
        if (way != SignInWay.STAFF_PROVIDER) {
            throw new IllegalArgumentException("Only the staff provider says who a person is and what they may do");
        }
        UserAccount account = new UserAccount(username, fullName, email, way);
        account.providerSubject = Objects.requireNonNull(subject, "subject");
        account.assignRoles(roles, null);
        return account;
    }

    /**
     * Access to act for a municipality, granted to a person by their national identity number, whom ID-porten will
     * sign in: {@code identityHash} is the number's keyed hash.
     */
    public static UserAccount grantedThroughIdPorten(String username, String fullName, String email, Set<Role> roles,
            Municipality municipality, String identityHash) {
        UserAccount account = municipalPerson(username, fullName, email, roles, municipality);
        account.providerSubject = Objects.requireNonNull(identityHash, "identityHash");
        return account;
    }

    /**
     * Access to act for a municipality, offered by an invitation to an email address: whoever signs in through
     * ID-porten with the invitation's code before it expires becomes this account.
     */
    public static UserAccount invitedThroughIdPorten(String username, String fullName, String email, Set<Role> roles,
            Municipality municipality, String invitationHash, Instant expiresAt) {
        UserAccount account = municipalPerson(username, fullName, Objects.requireNonNull(email, "email"), roles,
                municipality);
        account.invitationHash = Objects.requireNonNull(invitationHash, "invitationHash");
        account.invitationExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        return account;
    }

    private static UserAccount municipalPerson(String username, String fullName, String email, Set<Role> roles,
            Municipality municipality) {
        if (roles.isEmpty() || !Role.MUNICIPAL.containsAll(roles)) {
            throw new IllegalArgumentException("Only a municipality's roles are granted through ID-porten: " + roles);
        }
        UserAccount account = new UserAccount(username, fullName, email, SignInWay.ID_PORTEN);
        account.assignRoles(roles, Objects.requireNonNull(municipality, "municipality"));
        return account;
    }

    /** Whether an invitation waits for the person's first sign-in. */
    public boolean isInvitationPending() {
        return invitationHash != null;
    }

    public Optional<Instant> getInvitationExpiresAt() {
        return Optional.ofNullable(invitationExpiresAt);
    }

    /**
     * The invited person signed in through ID-porten with the invitation's code: the account is theirs from now on.
     *
     * @return false when the invitation has expired (the account stays as it was)
     */
    public boolean takeInvitation(String identityHash, Instant now) {
        if (invitationHash == null || !active || signIn != SignInWay.ID_PORTEN) {
            throw new IllegalStateException("No invitation waits here");
        }
        if (!now.isBefore(invitationExpiresAt)) {
            return false;
        }
        providerSubject = Objects.requireNonNull(identityHash, "identityHash");
        invitationHash = null;
        invitationExpiresAt = null;
        return true;
    }

    /**
     * Access granted again to a person who had it: the roles and municipality now given, active again. An invitation
     * not yet taken is replaced by this one, if any.
     */
    public void grantAgain(String newFullName, String newEmail, Set<Role> newRoles, Municipality newMunicipality,
            String newInvitationHash, Instant expiresAt) {
        if (signIn != SignInWay.ID_PORTEN) {
            throw new IllegalStateException("Only access through ID-porten is granted again");
        }
        assignRoles(newRoles, Objects.requireNonNull(newMunicipality, "municipality"));
        fullName = Objects.requireNonNull(newFullName, "fullName").trim();
        email = blankToNull(newEmail) == null ? email : blankToNull(newEmail);
        if (newInvitationHash != null) {
            invitationHash = newInvitationHash;
            invitationExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        }
        active = true;
    }

    /** The access is withdrawn: the person is signed out at their next request; an open invitation is void. */
    public void withdrawAccess() {
        if (signIn != SignInWay.ID_PORTEN) {
            throw new IllegalStateException("Only access through ID-porten is withdrawn");
        }
        invitationHash = null;
        invitationExpiresAt = null;
        active = false;
    }

    /**
     * What the provider says at a later sign-in: name, email and roles as it says them now.
     *
     * @return whether anything changed
     */
    public boolean restateFromProvider(String newFullName, String newEmail, Set<Role> newRoles) {
        if (signIn != SignInWay.STAFF_PROVIDER) {
            throw new IllegalStateException("Only the staff provider's account is restated by it");
        }
        boolean changed = !fullName.equals(newFullName) || !Objects.equals(email, blankToNull(newEmail))
                || !roles.equals(newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles));
        fullName = newFullName;
        email = blankToNull(newEmail);
        if (newRoles.isEmpty()) {
            // the provider's groups give no role any more: the account keeps its name in the trail and nothing else
            roles.clear();
        } else {
            assignRoles(newRoles, null);
        }
        return changed;
    }

    /** Changes name, email, language and roles; the username never changes (the audit trail names users by it). */
    public void revise(UserProfile profile, Municipality municipality) {
        InvalidInputException.throwIfAny(profile.violations());
        this.fullName = profile.fullName().trim();
        this.email = blankToNull(profile.email());
        this.preferredLanguage = profile.preferredLanguage();
        assignRoles(profile.roles(), municipality);
    }

    private void assignRoles(Set<Role> newRoles, Municipality newMunicipality) {
        Set<Role> checked = newRoles == null || newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        InvalidInputException.throwIfAny(UserProfile.roleViolations(checked, newMunicipality != null));
        this.roles.clear();
        this.roles.addAll(checked);
        this.municipality = newMunicipality;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        if (signIn == SignInWay.ID_PORTEN && providerSubject == null && invitationHash == null) {
            // an invitation withdrawn before anyone took it is bound to nobody: there is no one to let in again
            throw new no.gevinst.platform.entity.DomainException("user.invitationWithdrawn");
        }
        active = true;
    }

    /** Lifts a lockout after failed logins. */
    public void unlock() {
        lockout.clear();
    }

    /** A temporary password from an administrator: the user must choose their own at the next login. */
    public void resetPassword(String temporaryPasswordHash) {
        refuseUnlessPassword();
        passwordHash = Objects.requireNonNull(temporaryPasswordHash);
        mustChangePassword = true;
        unlock();
    }

    /** The user's own new password, checked against the policy by the caller before it is hashed. */
    public void changePassword(String newPasswordHash) {
        refuseUnlessPassword();
        passwordHash = Objects.requireNonNull(newPasswordHash);
        mustChangePassword = false;
    }

    public void choosePreferredLanguage(String languageTag) {
        this.preferredLanguage = languageTag;
    }

    private void refuseUnlessPassword() {
        if (signIn != SignInWay.PASSWORD) {
            throw new no.gevinst.platform.entity.DomainException("user.signsInThroughProvider");
        }
    }

    /** Whether the account signs in with a password here (else through a provider, which keeps its secret). */
    public boolean usesPassword() {
        return signIn == SignInWay.PASSWORD;
    }

    public SignInWay getSignIn() {
        return signIn;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Counts a failed login (see {@link Lockout}); true when this failure locked the account. */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        return lockout.recordFailure(now, policy);
    }

    public void recordSuccessfulLogin() {
        lockout.clear();
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** The security groups of all the user's roles: an approver is also in the case-handler group. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        roles.forEach(role -> groups.addAll(role.groups()));
        return groups;
    }

    /** The start page of the user's foremost role (see {@link Role#foremost}). */
    public String startPage() {
        return Role.foremost(roles).startPage();
    }

    public Optional<String> getPreferredLanguage() {
        return Optional.ofNullable(preferredLanguage);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Optional<Municipality> getMunicipality() {
        return Optional.ofNullable(municipality);
    }

    /** The failed logins in a row and the lock they led to, if any. */
    public Lockout getLockout() {
        return lockout;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
