package no.gevinst.platform.rest;

import java.util.List;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/** What clients send as text for typed values: codes of enum values ({@code "GRANT"}, {@code "APPROVED"}), amounts. */
public final class Codes {

    private Codes() {
    }

    /** The value named by {@code code}, null when blank; an unknown code is added to {@code unreadable}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field, List<Violation> unreadable) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim());
        } catch (IllegalArgumentException e) {
            unreadable.add(Violation.of(field, "validation.unknownValue", code));
            return null;
        }
    }

    /** An amount as sent ({@code "1250000.00"}), null when blank; one that cannot be read is added to {@code unreadable}. */
    public static Money amount(String amount, String field, List<Violation> unreadable) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.of(amount.trim());
        } catch (IllegalArgumentException e) {
            unreadable.add(Violation.of(field, "validation.amount"));
            return null;
        }
    }
}
