package no.gevinst.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import no.gevinst.audit.entity.AuditEvent;

/**
 * The benefits realised across the whole portfolio, which the dashboard shows on every visit. Reading them means
 * reading every grant's latest measurements, so the cost grows with the years of data, while they change only when
 * somebody acts. So they are read once and kept until the next act recorded on this node commits, and at most a
 * minute (acts on the other node of a cluster are seen within that minute).
 */
@ApplicationScoped
public class RealisedBenefitsCache {

    static final Duration KEPT = Duration.ofMinutes(1);

    private record Snapshot<T>(List<T> values, Instant readAt, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot<?> snapshot;

    @Inject
    Clock clock;

    /** The kept figures, or {@code read}'s when there are none, they are older than a minute, or an act came since. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Supplier<List<T>> read) {
        Instant now = clock.instant();
        Snapshot<?> kept = snapshot;
        long current = generation.get();
        if (kept != null && kept.generation() == current && !now.isBefore(kept.readAt())
                && now.isBefore(kept.readAt().plus(KEPT))) {
            return (List<T>) kept.values();
        }
        List<T> values = List.copyOf(read.get());
        // kept only if no act committed while reading: else the next visit reads again
        if (generation.get() == current) {
            snapshot = new Snapshot<>(values, now, current);
        }
        return values;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditEvent recorded) {
        generation.incrementAndGet();
        snapshot = null;
    }
}
