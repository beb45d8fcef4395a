package no.gevinst.payments.entity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** How a grant ended: closed, or ended early (cancelled or expired) with a reason; empty while it runs. */
@Embeddable
public class GrantEnding implements Serializable {

    private static final long serialVersionUID = 1L;

    private String endedBy;

    private Instant endedAt;

    private String endReason;

    protected GrantEnding() {
    }

    /** @param reason why it ended early; null for a grant closed when its reporting period was fulfilled */
    GrantEnding(String endedBy, Instant endedAt, String reason) {
        this.endedBy = endedBy;
        this.endedAt = endedAt;
        this.endReason = reason;
    }

    /** When the grant ended; null while it runs. */
    public Instant getEndedAt() {
        return endedAt;
    }

    public String getReason() {
        return endReason;
    }
}
