package no.gevinst.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
import java.util.List;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.platform.entity.Clocks;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "audit")
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EventsResource {

    /**
     * An audit event as the API shows it; {@code occurredAt} in Norwegian time with its offset. {@code details} is
     * null and {@code detailsWithheld} true where the caller's role may not read them (an administrator reads only
     * the details of calls, users, the register and the scheme's settings; nobody in the directorate reads what an
     * applicant's edits of its working copy said).
     */
    @JsonbNillable
    public record EventView(long id, OffsetDateTime occurredAt, String user, AuditKind kind, String entity,
            String entityId, String details, boolean detailsWithheld) {

        static EventView of(TrailEvent event) {
            return new EventView(event.id(), event.occurredAt().atZone(Clocks.NORWAY).toOffsetDateTime(),
                    event.username(), event.kind(), event.entityType(), event.entityId(), event.details(),
                    event.detailsWithheld());
        }
    }

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "The audit trail, newest first; from and to are dates (yyyy-MM-dd) or timestamps with offset",
            description = "Every event's time, user, kind and entity; its details only where the caller may read"
                    + " them elsewhere (otherwise details is null and detailsWithheld true)")
    public PageView<EventView> listEvents(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
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
