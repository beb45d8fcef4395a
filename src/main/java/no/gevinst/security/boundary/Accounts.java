package no.gevinst.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.util.Optional;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.security.control.PasswordHashing;
import no.gevinst.security.control.SecuritySettings;
import no.gevinst.security.control.VerifiedCredentials;
import no.gevinst.security.entity.LockoutPolicy;
import no.gevinst.security.entity.UserAccount;

/** User accounts: checking a login, with lockout after repeated failures. */
@Stateless
@PermitAll
public class Accounts {

    public static final String ENTITY = "UserAccount";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    LockoutPolicy lockoutPolicy;

    @Inject
    SecuritySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    VerifiedCredentials recentlyVerified;

    /**
     * Checks a username and password. Failures are counted, and committed, even though the login is refused; the
     * caller learns only valid or invalid, never which part was wrong or that an account is locked.
     */
    public CredentialValidationResult authenticate(String username, char[] password) {
        UserAccount account = findByUsername(username).orElse(null);
        if (account == null) {
            passwords.verifyNothing(password);
            audit.recordFor(username, AuditKind.LOGIN_FAILED, ENTITY, null, "unknown user");
            return CredentialValidationResult.INVALID_RESULT;
        }
        var now = clock.instant();
        String id = String.valueOf(account.getId());
        if (!account.isActive() || (account.isDemo() && !settings.demoEnabled())) {
            passwords.verifyNothing(password);
            audit.recordFor(username, AuditKind.LOGIN_REFUSED, ENTITY, id, account.isActive() ? "demo account while demo is off" : "inactive");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!account.usesPassword() || !settings.localPasswords()) {
            passwords.verifyNothing(password);
            audit.recordFor(username, AuditKind.LOGIN_REFUSED, ENTITY, id, account.usesPassword()
                    ? "local passwords are off" : "signs in through " + account.getSignIn());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.getLockout().isLockedAt(now)) {
            passwords.verifyNothing(password);
            audit.recordFor(username, AuditKind.LOGIN_REFUSED, ENTITY, id, "locked until " + account.getLockout().lockedUntil().orElseThrow());
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean verified = recentlyVerified.isRecentlyVerified(username, password, account.getPasswordHash(), now);
        if (!verified && !passwords.matches(password, account.getPasswordHash())) {
            boolean locked = account.recordFailedLogin(now, lockoutPolicy);
            audit.recordFor(username, AuditKind.LOGIN_FAILED, ENTITY, id, "wrong password");
            if (locked) {
                audit.recordFor(username, AuditKind.ACCOUNT_LOCKED, ENTITY, id, "locked until " + account.getLockout().lockedUntil().orElseThrow());
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!verified) {
            recentlyVerified.remember(username, password, account.getPasswordHash(), now);
        }
        account.recordSuccessfulLogin();
        return new CredentialValidationResult(account.getUsername(), account.groups());
    }

    /** Whether users may sign in with a password of Gevinst's own (configuration). */
    public boolean localPasswords() {
        return settings.localPasswords();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
