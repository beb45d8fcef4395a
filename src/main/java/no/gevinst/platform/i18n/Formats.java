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

    public String number(Number number) {
        return integer(number);
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
