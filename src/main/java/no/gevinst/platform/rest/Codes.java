package no.gevinst.platform.rest;

import java.util.List;
import no.gevinst.platform.entity.Violation;

/** Codes clients send for enum values ({@code "GRANT"}, {@code "APPROVED"}). */
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
}
