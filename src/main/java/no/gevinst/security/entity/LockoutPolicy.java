package no.gevinst.security.entity;

import java.time.Duration;

/** After {@code maxFailedLogins} failed logins in a row an account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailedLogins, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailedLogins < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lockout policy needs at least one attempt and a positive duration");
        }
    }
}
