package no.gevinst.notifications.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import no.gevinst.notifications.boundary.Notifications;
import no.gevinst.notifications.entity.Notification;
import no.gevinst.notifications.entity.NotificationKind;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.security.web.CurrentUser;

/** The user's notifications, newest first, and which kinds also come by email. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private List<NotificationKind> byEmail;

    public List<Notification> getNotifications() {
        return notifications.mine();
    }

    /** The notification in the language the user reads the page in. */
    public String text(Notification notification) {
        return Messages.text(faces.getViewRoot().getLocale(), "notification." + notification.getKind().name(),
                notification.getReference(), notification.getDetail());
    }

    public String open(long id) {
        return notifications.open(id).map(Notification::getApplicationId)
                .map(application -> "/application?faces-redirect=true&id=" + application)
                .orElse("/notifications?faces-redirect=true");
    }

    public String markAllRead() {
        notifications.markAllRead();
        return "/notifications?faces-redirect=true";
    }

    /** The kinds this user can get: the municipality's or the directorate's. */
    public List<NotificationKind> getKinds() {
        boolean municipality = currentUser.hasRole("MUNICIPALITY");
        return EnumSet.allOf(NotificationKind.class).stream().filter(k -> k.forMunicipalities() == municipality)
                .toList();
    }

    public List<NotificationKind> getByEmail() {
        if (byEmail == null) {
            var off = notifications.emailOff();
            byEmail = new ArrayList<>(getKinds().stream().filter(k -> !off.contains(k)).toList());
        }
        return byEmail;
    }

    public void setByEmail(List<NotificationKind> byEmail) {
        this.byEmail = byEmail;
    }

    public void savePreferences() {
        var off = EnumSet.noneOf(NotificationKind.class);
        getKinds().stream().filter(k -> !byEmail.contains(k)).forEach(off::add);
        notifications.chooseEmailOff(off);
        FacesMessages.info(faces, "notifications.preferencesSaved");
    }
}
