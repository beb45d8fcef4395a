package no.gevinst.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import no.gevinst.audit.entity.AuditEvent;
import java.util.List;
import no.gevinst.platform.entity.Clocks;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EventsResource {

    /** An audit event as the API shows it; {@code occurredAt} in Norwegian time with its offset. */
    public record EventView(long id, OffsetDateTime occurredAt, String user, String kind, String entity,
            String entityId, String details) {

        static EventView of(AuditEvent event) {
            return new EventView(event.getId(), event.getOccurredAt().atZone(Clocks.NORWAY).toOffsetDateTime(),
                    event.getUsername(), event.getKind(), event.getEntityType(), event.getEntityId(),
                    event.getDetails());
        }
    }

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "The audit trail, newest first; from and to are dates (yyyy-MM-dd) or timestamps with offset")
    public PageView<EventView> list(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        var filter = new EventFilter(entity, entityId, user, instant("from", from), instant("to", to));
        return PageView.of(audit.search(filter, paging.page(), paging.size()), EventView::of);
    }

    /** A date means the start of that day in Norway. */
    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(Clocks.NORWAY).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(Violation.of(field, "validation.timestamp")));
        }
    }
}
