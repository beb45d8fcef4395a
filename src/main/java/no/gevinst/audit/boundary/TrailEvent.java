package no.gevinst.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import no.gevinst.audit.entity.AuditEvent;
import no.gevinst.audit.entity.AuditKind;

/**
 * An audit event as its reader may see it: who, when, what kind and on what always; the details only if the reader
 * may read them elsewhere, otherwise {@code details} is null and {@code detailsWithheld} true.
 */
public record TrailEvent(long id, Instant occurredAt, String username, AuditKind kind, String entityType,
        String entityId, String details, boolean detailsWithheld) implements Serializable {

    static TrailEvent of(AuditEvent event, boolean detailsShown) {
        return new TrailEvent(event.getId(), event.getOccurredAt(), event.getUsername(), event.getKind(),
                event.getEntityType(), event.getEntityId(), detailsShown ? event.getDetails() : null, !detailsShown);
    }
}
