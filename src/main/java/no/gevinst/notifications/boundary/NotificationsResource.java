package no.gevinst.notifications.boundary;

import jakarta.annotation.security.RolesAllowed;
import no.gevinst.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import no.gevinst.notifications.entity.Notification;
import no.gevinst.notifications.entity.NotificationKind;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications and email choices, for systems that show them elsewhere. */
@Tag(name = "notifications")
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
// A person's own notifications, whatever their role; not the directorate's accounting system, which has none. (The
// boundary lets every caller in: the pages' bell asks it on error pages too, where nobody may be signed in.)
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
    Role.Names.MANAGEMENT, Role.Names.ADMIN})
public class NotificationsResource {

    public record NotificationView(long id, NotificationKind kind, Long applicationId, String reference, String detail,
            OffsetDateTime createdAt, boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getApplicationId(), n.getReference(), n.getDetail(),
                    n.getCreatedAt().atZone(ZoneId.of("Europe/Oslo")).toOffsetDateTime(), n.isRead());
        }
    }

    public record Inbox(long unread, List<NotificationView> items) {
    }

    public record EmailPreferences(
            @Schema(type = SchemaType.ARRAY, implementation = NotificationKind.class) List<String> emailOff) {
    }

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's notifications, newest first (at most 100), and how many are unread")
    public Inbox myNotifications() {
        return new Inbox(notifications.unread(), notifications.mine().stream().map(NotificationView::of).toList());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read")
    @APIResponse(responseCode = "204", description = "Marked as read")
    public Response markNotificationRead(@PathParam("id") long id) {
        if (notifications.open(id).isEmpty()) {
            throw new no.gevinst.platform.entity.NotFoundException("Notification " + id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("email-preferences")
    @Operation(summary = "The kinds of notification the caller does not want by email")
    public EmailPreferences emailPreferences() {
        return new EmailPreferences(notifications.emailOff().stream().map(Enum::name).toList());
    }

    @PUT
    @Path("email-preferences")
    @Operation(summary = "Turns email off for these kinds and on for every other (the in-app notification always comes)")
    public EmailPreferences chooseEmailPreferences(EmailPreferences preferences) {
        List<Violation> unreadable = new ArrayList<>();
        var off = EnumSet.noneOf(NotificationKind.class);
        for (String code : preferences == null || preferences.emailOff() == null ? List.<String>of()
                : preferences.emailOff()) {
            NotificationKind kind = Codes.parse(NotificationKind.class, code, "emailOff", unreadable);
            if (kind != null) {
                off.add(kind);
            }
        }
        if (missing(preferences)) {
            unreadable.add(Violation.of("emailOff", "validation.required"));
        }
        InvalidInputException.throwIfAny(unreadable);
        notifications.chooseEmailOff(off);
        return emailPreferences();
    }

    private static boolean missing(EmailPreferences preferences) {
        return preferences == null || preferences.emailOff() == null;
    }
}
