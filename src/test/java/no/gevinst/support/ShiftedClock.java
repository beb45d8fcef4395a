package no.gevinst.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import no.gevinst.platform.entity.Clocks;

/**
 * The application's clock in test deployments: Norwegian time moved forward by whatever a test asks for through
 * {@link TestSupportResource}, so deadline tests jump days ahead instead of sleeping.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {

    private static final AtomicReference<Duration> SHIFT = new AtomicReference<>(Duration.ZERO);

    static void shift(Duration shift) {
        SHIFT.set(shift);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted(Clocks.NORWAY);
    }

    private static final class Shifted extends Clock {
        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Shifted(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(SHIFT.get());
        }
    }
}
