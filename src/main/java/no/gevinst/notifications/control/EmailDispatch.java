package no.gevinst.notifications.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the emails of new notifications every minute (when mail is enabled): each one claimed first, so that it is
 * sent once whichever node runs; a failure puts it back for the next run, up to five attempts.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailDispatch {

    private static final Logger LOG = Logger.getLogger(EmailDispatch.class.getName());
    private static final int BATCH = 200;

    @Inject
    EmailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Instance<MailSettings> settings;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        dispatch();
    }

    /** Sends what is pending; returns how many emails went. */
    public int dispatch() {
        MailSettings mail = settings.get();
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        for (Long id : outbox.pending(BATCH)) {
            var envelope = outbox.claim(id, mail.baseUrl());
            if (envelope.isEmpty()) {
                continue;
            }
            try {
                mailer.send(mail, envelope.get().to(), envelope.get().subject(), envelope.get().body());
                outbox.sent(id);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Email of notification " + id + " not sent: " + e.getMessage());
                outbox.failed(id);
            }
        }
        return sent;
    }
}
