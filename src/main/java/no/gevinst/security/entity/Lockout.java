package no.gevinst.security.entity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** An account's failed logins in a row and, once they reach the policy's limit, until when it is locked. */
@Embeddable
public class Lockout implements Serializable {

    private static final long serialVersionUID = 1L;

    private int failedLogins;

    private Instant lockedUntil;

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; reaching the limit locks the account and starts a new count. True when it locked. */
    boolean recordFailure(Instant now, LockoutPolicy policy) {
        failedLogins++;
        if (failedLogins >= policy.maxFailedLogins()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedLogins = 0;
            return true;
        }
        return false;
    }

    /** Forgets the failures and lifts a lock; writes nothing when there is neither, so a login updates no row. */
    void clear() {
        if (failedLogins != 0) {
            failedLogins = 0;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
        }
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
