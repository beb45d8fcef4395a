package no.gevinst.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.platform.control.JobClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the archive's outbox every minute, on one node: each case's messages in order, each at least once. A
 * message the archive's schema would refuse is not sent but given up at once, for an administrator to see; one that
 * fails to arrive is tried again later ({@link no.gevinst.archive.entity.ArchiveMessage#waitAfter}).
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveDelivery {

    private static final Logger LOG = Logger.getLogger(ArchiveDelivery.class.getName());
    private static final int BATCH = 100;
    private static final int MAX_ROUNDS = 50;

    @Inject
    ArchiveOutbox outbox;

    @Inject
    JobClaims jobs;

    /** {@code folder} (the default: for an archive's import), {@code http} (a Fiks Arkiv gateway), or {@code off}. */
    @Inject
    @ConfigProperty(name = "gevinst.archive.transport", defaultValue = "folder")
    String transport;

    @Inject
    @ConfigProperty(name = "gevinst.archive.folder", defaultValue = "./data/archive")
    String folder;

    @Inject
    @ConfigProperty(name = "gevinst.archive.url")
    java.util.Optional<String> url;

    @Inject
    @ConfigProperty(name = "gevinst.archive.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @Schedule(second = "45", minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!"off".equals(transport) && jobs.claim("ArchiveDelivery", ChronoUnit.MINUTES)) {
            deliver();
        }
    }

    /** Delivers what is due through the configured transport; returns how many messages arrived. */
    public int deliver() {
        return switch (transport) {
            case "off" -> 0;
            case "http" -> deliver(new HttpTransport(URI.create(url.orElseThrow(() -> new IllegalStateException(
                    "gevinst.archive.transport=http needs gevinst.archive.url"))), Duration.ofSeconds(timeoutSeconds)));
            default -> deliver(new FolderTransport(Path.of(folder)));
        };
    }

    /** Delivers what is due through {@code to}; returns how many messages arrived. */
    public int deliver(ArchiveTransport to) {
        int delivered = 0;
        // round after round: a case's next message is due once the one before it has arrived
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Long> due = outbox.due(BATCH);
            int arrived = 0;
            for (Long id : due) {
                if (!outbox.claim(id)) {
                    continue;
                }
                try {
                    ArchiveOutbox.Parcel parcel = outbox.parcel(id);
                    List<String> errors = ArchiveSchemas.arkivmeldingErrors(parcel.arkivmelding());
                    if (!errors.isEmpty()) {
                        outbox.refused(id, "The archive's schema refuses the message: " + String.join("; ", errors));
                        continue;
                    }
                    ArchiveTransport.Receipt receipt = to.deliver(parcel);
                    outbox.delivered(id, receipt.kvittering(), receipt.caseNumber(), receipt.journalNumber());
                    arrived++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Archive message " + id + " not delivered: " + e.getMessage());
                    outbox.failed(id, String.valueOf(e.getMessage()));
                }
            }
            delivered += arrived;
            if (arrived == 0) {
                break;
            }
        }
        return delivered;
    }
}
