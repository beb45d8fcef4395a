package no.gevinst.notifications.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.notifications.entity.Notification;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.security.entity.UserAccount;

/**
 * The notifications whose email is still to go. Each step is its own short transaction, so that the SMTP
 * conversation holds no database lock, and a claim (PENDING → SENDING, one row updated) makes sure that of two
 * senders — two nodes, or a scheduled run and a manual one — only one sends each email.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EmailOutbox {

    /** An email ready to send: where, what, and in the recipient's language. */
    public record Envelope(long notificationId, String to, String subject, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> pending(int max) {
        return em.createQuery("select n.id from Notification n where n.emailStatus = :pending order by n.id",
                Long.class).setParameter("pending", Notification.EmailStatus.PENDING).setMaxResults(max)
                .getResultList();
    }

    /** Claims a pending email for this sender; empty when another sender has it, or it needs no sending. */
    public Optional<Envelope> claim(long id, String baseUrl) {
        int claimed = em.createNativeQuery("update notification set email_status = 'SENDING',"
                + " email_attempts = email_attempts + 1 where id = ?1 and email_status = 'PENDING'")
                .setParameter(1, id).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Notification notification = em.find(Notification.class, id);
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :username",
                UserAccount.class).setParameter("username", notification.getUsername()).getResultStream()
                .findFirst().orElse(null);
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            setStatus(id, "NONE");
            return Optional.empty();
        }
        Locale locale = languageOf(user);
        String key = "notification." + notification.getKind().name();
        String text = Messages.text(locale, key, notification.getReference(), notification.getDetail());
        String link = notification.getApplicationId() == null ? baseUrl
                : baseUrl + "/application.xhtml?id=" + notification.getApplicationId();
        String body = Messages.text(locale, "email.greeting", user.getFullName()) + "\n\n" + text + "\n\n"
                + Messages.text(locale, "email.link") + " " + link + "\n\n" + Messages.text(locale, "email.footer");
        return Optional.of(new Envelope(id, user.getEmail(), Messages.text(locale, key + ".subject",
                notification.getReference()), body));
    }

    public void sent(long id) {
        em.createNativeQuery("update notification set email_status = 'SENT', emailed_at = ?1 where id = ?2")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, id).executeUpdate();
    }

    /** Back in the queue for the next run, or given up after the last attempt. */
    public void failed(long id) {
        em.createNativeQuery("update notification set email_status = case when email_attempts >= ?1 then 'FAILED'"
                + " else 'PENDING' end where id = ?2").setParameter(1, Notification.MAX_ATTEMPTS)
                .setParameter(2, id).executeUpdate();
    }

    private void setStatus(long id, String status) {
        em.createNativeQuery("update notification set email_status = ?1 where id = ?2").setParameter(1, status)
                .setParameter(2, id).executeUpdate();
    }

    /** A municipality's users read in its language form (Nynorsk or Bokmål); others in their chosen language. */
    static Locale languageOf(UserAccount user) {
        return user.getMunicipality()
                .map(m -> m.getLanguageForm() == LanguageForm.NYNORSK ? Languages.NYNORSK : Languages.BOKMAAL)
                .orElseGet(() -> user.getPreferredLanguage().flatMap(Languages::fromLanguage)
                        .orElse(Languages.BOKMAAL));
    }
}
