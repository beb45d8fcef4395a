package no.gevinst.notifications.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.gevinst.platform.entity.SequencedEntity;
import java.time.Instant;

/** One thing one user is told, about one application; read in the app, and sent by email unless turned off. */
@Entity
@Table(name = "notification")
public class Notification extends SequencedEntity {

    /** Whether and how far the email has gone. */
    public enum EmailStatus {
        /** No email: turned off for this kind, or the user has no address. */
        NONE,
        PENDING,
        /** Claimed by one node's sender. */
        SENDING,
        SENT,
        /** Given up after {@link #MAX_ATTEMPTS} attempts. */
        FAILED
    }

    public static final int MAX_ATTEMPTS = 5;

    private String username;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private Long applicationId;

    private String reference;

    private String detail;

    private Instant createdAt;

    private Instant readAt;

    private String reminderKey;

    @Enumerated(EnumType.STRING)
    private EmailStatus emailStatus;

    private int emailAttempts;

    private Instant emailedAt;

    protected Notification() {
    }

    /**
     * @param reminderKey what a reminder reminds of (unique), or null for a notification of an act
     * @param byEmail whether an email is to go too
     */
    public Notification(String username, NotificationKind kind, Long applicationId, String reference, String detail,
            String reminderKey, boolean byEmail, Instant now) {
        this.username = username;
        this.kind = kind;
        this.applicationId = applicationId;
        this.reference = reference;
        this.detail = detail;
        this.reminderKey = reminderKey;
        this.emailStatus = byEmail ? EmailStatus.PENDING : EmailStatus.NONE;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String getUsername() {
        return username;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getReference() {
        return reference;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public EmailStatus getEmailStatus() {
        return emailStatus;
    }
}
