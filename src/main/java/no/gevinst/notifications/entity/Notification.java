package no.gevinst.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One thing one user is told, about one application; read in the app, and sent by email unless turned off. */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

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

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "reference", length = 20)
    private String reference;

    @Column(name = "detail", length = 200)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "reminder_key", length = 200)
    private String reminderKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, length = 10)
    private EmailStatus emailStatus;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "emailed_at")
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

    public Long getId() {
        return id;
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
