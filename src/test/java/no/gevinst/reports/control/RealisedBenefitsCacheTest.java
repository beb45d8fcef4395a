package no.gevinst.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RealisedBenefitsCacheTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();
    private final RealisedBenefitsCache cache = new RealisedBenefitsCache();

    RealisedBenefitsCacheTest() {
        cache.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private List<Integer> read() {
        return List.of(reads.incrementAndGet());
    }

    @Test
    void readOnceAndKeptUntilAnActOrAMinute() {
        assertEquals(List.of(1), cache.get(this::read));
        now = now.plusSeconds(59);
        assertEquals(List.of(1), cache.get(this::read), "kept within the minute");
        cache.forget(null);
        assertEquals(List.of(2), cache.get(this::read), "read again after an act");
        now = now.plus(Duration.ofMinutes(1));
        assertEquals(List.of(3), cache.get(this::read), "read again after a minute");
        now = now.minus(Duration.ofHours(1));
        assertEquals(List.of(4), cache.get(this::read), "read again when the clock went back");
    }

    @Test
    void whatWasReadWhileAnActCommittedIsNotKept() {
        assertEquals(List.of(1), cache.get(() -> {
            cache.forget(null); // an act commits while the figures are being read
            return read();
        }));
        assertEquals(List.of(2), cache.get(this::read), "the next visit reads again");
        assertEquals(List.of(2), cache.get(this::read));
    }
}
