package no.gevinst.security.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation to act for a municipality, as it is made: the account it offers and the link that takes it, which
 * exists only in this event and in the email. The component that sends emails observes it in the same transaction
 * and says whether it sent it (so that where email is off, the access administrator is given the link instead).
 */
public final class AccessInvitation {

    private final UserAccount account;
    private final String link;
    private final Instant expiresAt;
    private boolean sent;

    public AccessInvitation(UserAccount account, String link, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.link = Objects.requireNonNull(link);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public UserAccount account() {
        return account;
    }

    public String link() {
        return link;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public void markSent() {
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }
}
