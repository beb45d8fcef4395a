package no.gevinst.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{1} % of {0} = {2}")
    @CsvSource({
        "100.00, 20, 20.00",
        "0.03, 20, 0.01",      // 0.006 rounds up
        "0.02, 20, 0.00",      // 0.004 rounds down
        "1250000.00, 20, 250000.00",
        "333333.33, 20, 66666.67", // 66666.666 rounds half-up
        "10.05, 10, 1.01",     // 1.005 is exactly half: up
    })
    void percentRoundsHalfUpToOre(String amount, String percent, String expected) {
        assertEquals(Money.of(expected), Money.of(amount).percent(new BigDecimal(percent)));
    }

    @Test
    void moreWholeDigitsThanTheColumnHoldsIsRefusedAtOnceHoweverLargeTheExponent() {
        assertEquals(Money.of("9999999999999.99"), Money.of("9999999999999.99"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("10000000000000.00"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1e20"));
        // Scaled to øre, this would be a number of a billion digits: refused before any scaling.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> {
            assertThrows(IllegalArgumentException.class, () -> Money.of("1e999999999"));
            assertThrows(IllegalArgumentException.class, () -> Money.of("1e-999999999"));
        });
    }

    @Test
    void moreThanTwoDecimalsIsRefusedNotRounded() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("0.025"));
        assertEquals(Money.of("0.02"), Money.of("0.020"));
    }

    @Test
    void withheldAndPaidPartsAlwaysAddUpToTheWhole() {
        var random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Money amount = Money.of(BigDecimal.valueOf(random.nextLong(1, 5_000_000_000L), 2));
            BigDecimal percent = BigDecimal.valueOf(random.nextInt(0, 10_001), 2);
            Money withheld = amount.percent(percent);
            Money paid = amount.minus(withheld);
            assertEquals(amount, paid.plus(withheld), () -> amount + " at " + percent + " %");
            assertEquals(2, paid.amount().scale());
        }
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertEquals(Money.of("100"), Money.of("100.00"));
        assertEquals(Money.of("100").hashCode(), Money.of("100.0").hashCode());
        assertEquals("100.00", Money.of("100").toString());
        assertEquals(Money.kroner(300_000_000), Money.of("300000000.00"));
    }

    @Test
    void comparesByValue() {
        assertTrue(Money.of("10.01").isGreaterThan(Money.of("10.00")));
        assertFalse(Money.of("10.00").isGreaterThan(Money.of("10.00")));
        assertTrue(Money.ZERO.minus(Money.of("0.01")).isNegative());
    }
}
