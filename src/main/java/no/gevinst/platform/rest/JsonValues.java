package no.gevinst.platform.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** How the API writes the times its views show: with Oslo's offset (amounts: {@link no.gevinst.platform.entity.Money}). */
public final class JsonValues {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private JsonValues() {
    }

    /** A moment as an ISO-8601 time with Oslo's offset at that moment; null stays null. */
    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(OSLO).toOffsetDateTime();
    }
}
