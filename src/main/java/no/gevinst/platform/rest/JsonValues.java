package no.gevinst.platform.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import no.gevinst.platform.entity.Money;

/** How the API writes the values its views share: amounts as strings with two decimals, times with Oslo's offset. */
public final class JsonValues {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private JsonValues() {
    }

    /** An amount as a string with two decimals; null stays null. */
    public static String amount(Money amount) {
        return amount == null ? null : amount.toString();
    }

    /** A moment as an ISO-8601 time with Oslo's offset at that moment; null stays null. */
    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(OSLO).toOffsetDateTime();
    }
}
