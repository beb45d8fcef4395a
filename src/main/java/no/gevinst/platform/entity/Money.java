package no.gevinst.platform.entity;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in NOK with exactly two decimals (øre). Immutable; the only place in the system that rounds money. JSON
 * carries it as text with its two decimals, {@code "1500000.00"}, so that no client reads it as a floating-point number
 * (the API document calls that {@code Amount}).
 */
@JsonbTypeAdapter(Money.AsText.class)
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    /** Amounts are stored as NUMERIC(15,2): at most 13 digits before the decimal point. */
    public static final int MAX_WHOLE_DIGITS = 13;

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * An exact amount; more than two decimals is refused rather than silently rounded, and more than
     * {@link #MAX_WHOLE_DIGITS} whole digits rather than failing where it is stored.
     */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        // Both checked on the number as written, before any scaling or plain printing: a client's "1e999999999"
        // would otherwise make a number of a billion digits.
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("An amount in NOK has at most " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point: " + amount);
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("An amount in NOK has at most two decimals: " + amount);
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static Money kroner(long kroner) {
        return of(BigDecimal.valueOf(kroner));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount × percent / 100, rounded half-up to øre. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, SCALE, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain amount with two decimals, as the API writes it: {@code 1250000.00}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /** Money as JSON text. */
    public static final class AsText implements JsonbAdapter<Money, String> {

        @Override
        public String adaptToJson(Money money) {
            return money.toString();
        }

        @Override
        public Money adaptFromJson(String text) {
            return Money.of(text);
        }
    }
}
