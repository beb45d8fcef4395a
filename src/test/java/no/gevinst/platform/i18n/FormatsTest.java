package no.gevinst.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

/** Norwegian formats, whatever the default locale of the server. */
class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void amountsHaveSpacesBetweenThousandsAndACommaBeforeOre() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("1\u00a0234\u00a0567,00", formats.money(Money.of("1234567")));
            assertEquals("300\u00a0000\u00a0000,00", formats.money(Money.kroner(300_000_000)));
            assertEquals("-0,50", Formats.amount(new BigDecimal("-0.5")));
            assertEquals("717\u00a0710", formats.number(717_710));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("01.02.2026", formats.day(LocalDate.of(2026, 2, 1)));
        assertEquals("", formats.day(null));
    }
}
