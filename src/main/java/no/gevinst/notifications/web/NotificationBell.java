package no.gevinst.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.gevinst.notifications.boundary.Notifications;

/** The number of unread notifications the page header shows, counted once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }
}
