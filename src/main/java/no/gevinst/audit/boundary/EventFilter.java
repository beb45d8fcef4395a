package no.gevinst.audit.boundary;

import java.time.Instant;

/** Which events to list; a null field does not filter. */
public record EventFilter(String entityType, String entityId, String username, Instant from, Instant to) {
}
