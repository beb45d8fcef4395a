package no.gevinst.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import no.gevinst.platform.entity.Clocks;

/**
 * The application's clock in test deployments: Norwegian time moved forward by whatever a test asks for through
 * {@link TestSupportResource}, so deadline tests jump days ahead instead of sleeping. Days are calendar days in Norway,
 * not 24-hour spans: at 23:30 in winter, 200 days on is 23:30 in summer, still that day, not 00:30 the day after.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {

    private static final AtomicInteger DAYS = new AtomicInteger();

    static void shift(int days) {
        DAYS.set(days);
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
            return ZonedDateTime.now(Clocks.NORWAY).plusDays(DAYS.get()).toInstant();
        }
    }
}
