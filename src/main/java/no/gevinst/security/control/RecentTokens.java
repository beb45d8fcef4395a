package no.gevinst.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens this node has seen, until they expire, so that a token's first use is recorded as a sign-in and
 * its next hundred uses are not: a system sends the same token with every request for its lifetime.
 */
@ApplicationScoped
public class RecentTokens {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Clock clock;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    /** True the first time a token is seen on this node. */
    public boolean firstUse(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        if (seen.size() >= MAX_ENTRIES) {
            seen.values().removeIf(expiry -> expiry.isBefore(now));
            if (seen.size() >= MAX_ENTRIES) {
                seen.clear();
            }
        }
        return seen.putIfAbsent(tokenId, expiresAt) == null;
    }
}
