package no.gevinst.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A kind of notification a user does not want by email; the notification in the app still comes. */
@Entity
@Table(name = "notification_email_off")
@IdClass(EmailOff.Key.class)
public class EmailOff {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private NotificationKind kind;

        public Key() {
        }

        public Key(String username, NotificationKind kind) {
            this.username = username;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind);
        }
    }

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Id
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    protected EmailOff() {
    }

    public EmailOff(String username, NotificationKind kind) {
        this.username = username;
        this.kind = kind;
    }

    public NotificationKind getKind() {
        return kind;
    }
}
