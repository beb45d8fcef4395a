package no.gevinst.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.gevinst.platform.entity.SequencedEntity;
import java.util.Objects;

/** An append-only record of who did what, when (hendelse). Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends SequencedEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AuditKind kind;

    @Column(name = "entity_type", updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    @Column(name = "details", length = 2000, updatable = false)
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String username, AuditKind kind, String entityType, String entityId,
            String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.username = username;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }
}
