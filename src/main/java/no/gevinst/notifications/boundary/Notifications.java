package no.gevinst.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.gevinst.notifications.entity.EmailOff;
import no.gevinst.notifications.entity.Notification;
import no.gevinst.notifications.entity.NotificationKind;

/** The signed-in user's own notifications and their email preferences; nobody reads another's. */
@Stateless
@PermitAll
public class Notifications {

    static final int LISTED = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** The newest first, at most a hundred. */
    public List<Notification> mine() {
        return em.createQuery("select n from Notification n where n.username = :me order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("me", me()).setMaxResults(LISTED).getResultList();
    }

    public long unread() {
        return em.createQuery("select count(n) from Notification n where n.username = :me and n.readAt is null",
                Long.class).setParameter("me", me()).getSingleResult();
    }

    /** Marks one of the user's own notifications read; empty when the user has no such notification. */
    public Optional<Notification> open(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getUsername().equals(me())) {
            return Optional.empty();
        }
        notification.markRead(clock.instant());
        return Optional.of(notification);
    }

    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.username = :me and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("me", me()).executeUpdate();
    }

    public Set<NotificationKind> emailOff() {
        var off = EnumSet.noneOf(NotificationKind.class);
        em.createQuery("select o from EmailOff o where o.username = :me", EmailOff.class).setParameter("me", me())
                .getResultStream().forEach(o -> off.add(o.getKind()));
        return off;
    }

    /** Email for these kinds off, for every other kind on. */
    public void chooseEmailOff(Set<NotificationKind> off) {
        em.createQuery("delete from EmailOff o where o.username = :me").setParameter("me", me()).executeUpdate();
        off.forEach(kind -> em.persist(new EmailOff(me(), kind)));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
