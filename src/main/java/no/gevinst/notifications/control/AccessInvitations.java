package no.gevinst.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.platform.entity.Clocks;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.security.entity.AccessInvitation;
import no.gevinst.security.entity.UserAccount;

/**
 * Sends an invitation to act for a municipality as it is made, by email straight away (not through the outbox, which
 * keeps what it sends: the invitation's link must be kept nowhere). Where email is off or the server refuses it, the
 * invitation stays unsent and the access administrator is given the link.
 */
@ApplicationScoped
public class AccessInvitations {

    private static final Logger LOG = Logger.getLogger(AccessInvitations.class.getName());

    @Inject
    Instance<MailSettings> mail;

    @Inject
    Mailer mailer;

    void send(@Observes AccessInvitation invitation) {
        MailSettings settings = mail.get();
        UserAccount person = invitation.account();
        if (!settings.enabled() || person.getEmail() == null) {
            return;
        }
        Locale locale = EmailOutbox.languageOf(person);
        String municipality = person.getMunicipality().map(m -> m.getName()).orElse("");
        String body = Messages.text(locale, "email.greeting", person.getFullName()) + "\n\n"
                + Messages.text(locale, "access.invitation.text", municipality,
                        Formats.date(invitation.expiresAt().atZone(Clocks.NORWAY))) + "\n\n"
                + invitation.link() + "\n\n" + Messages.text(locale, "access.invitation.footer");
        try (Mailer.Outgoing outgoing = mailer.connect(settings)) {
            outgoing.send(person.getEmail(), Messages.text(locale, "access.invitation.subject", municipality), body);
            invitation.markSent();
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The invitation to " + person.getUsername() + " could not be emailed", e);
        }
    }
}
