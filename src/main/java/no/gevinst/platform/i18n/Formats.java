package no.gevinst.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import no.gevinst.platform.entity.Money;

/**
 * Norwegian formats for numbers, amounts and dates, in every language of the interface: {@code 1 234 567,00},
 * {@code 31.12.2026}. The thousands separator is a no-break space, so amounts never wrap.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", norwegianSymbols());
        return format.format(amount);
    }

    public static String integer(Number number) {
        if (number == null) {
            return "";
        }
        return new DecimalFormat("#,##0", norwegianSymbols()).format(number);
    }

    public static String date(TemporalAccessor date) {
        return date == null ? "" : DATE.format(date);
    }

    public String money(Money money) {
        return money == null ? "" : amount(money.amount());
    }

    /** An amount typed in a form, before it is Money: {@code 1 250 000,00}. */
    public String typedAmount(BigDecimal amount) {
        return amount(amount);
    }

    public String number(Number number) {
        return integer(number);
    }

    /** A measured or target value with as many decimals as it has, up to four: {@code 1 200}, {@code 12,5}. */
    public static String measure(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.####", norwegianSymbols()).format(value);
    }

    public String decimal(BigDecimal value) {
        return measure(value);
    }

    /** A moment as Norwegians read it, in Norwegian time: {@code 23.11.2026 14:05}. */
    public String instant(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(java.time.ZoneId.of("Europe/Oslo")));
    }

    /** A percentage with its decimals, if any: {@code 20}, {@code 12,5}. */
    public String percent(Number number) {
        return number == null ? "" : new DecimalFormat("#,##0.##", norwegianSymbols()).format(number);
    }

    public String day(LocalDate date) {
        return date(date);
    }

    private static DecimalFormatSymbols norwegianSymbols() {
        var symbols = DecimalFormatSymbols.getInstance(Languages.BOKMAAL);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        // CLDR gives Bokmål the typographic minus (U+2212); a plain hyphen-minus survives copying into spreadsheets.
        symbols.setMinusSign('-');
        return symbols;
    }
}
