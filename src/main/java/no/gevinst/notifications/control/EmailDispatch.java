package no.gevinst.notifications.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.platform.control.JobClaims;

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
    private static final int MAX_BATCHES = 50;

    @Inject
    EmailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Instance<MailSettings> settings;

    @Inject
    JobClaims jobs;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (jobs.claim("EmailDispatch", ChronoUnit.MINUTES)) {
            dispatch();
        }
    }

    /** Sends what is pending; returns how many emails went. */
    public int dispatch() {
        MailSettings mail = settings.get();
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        if (outbox.pending(1).isEmpty()) {
            return 0;
        }
        try (Mailer.Outgoing smtp = mailer.connect(mail)) {
            // Batch after batch until the queue is empty; a failed email waits for the next run.
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<Long> pending = outbox.pending(BATCH);
                boolean progress = false;
                for (Long id : pending) {
                    var envelope = outbox.claim(id, mail.baseUrl());
                    if (envelope.isEmpty()) {
                        continue;
                    }
                    try {
                        smtp.send(envelope.get().to(), envelope.get().subject(), envelope.get().body());
                        outbox.sent(id);
                        sent++;
                        progress = true;
                    } catch (MessagingException | RuntimeException e) {
                        LOG.log(Level.WARNING, "Email of notification " + id + " not sent: " + e.getMessage());
                        outbox.failed(id);
                    }
                }
                if (pending.size() < BATCH || !progress) {
                    break;
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "No connection to the mail server " + mail.host() + ":" + mail.port() + ": "
                    + e.getMessage());
        }
        return sent;
    }
}
