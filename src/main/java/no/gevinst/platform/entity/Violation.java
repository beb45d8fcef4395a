package no.gevinst.platform.entity;

import java.util.List;

/** What is wrong with one field of an input: a message key from the bundles and its arguments. */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }

    /** What is wrong with a text that must be given and fit its column: blank, or longer than {@code max} trimmed. */
    public static List<Violation> ofRequiredText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of(of(field, "validation.required"));
        }
        return ofOptionalText(field, text, max);
    }

    /** What is wrong with a text that may be left out but must fit its column: longer than {@code max} trimmed. */
    public static List<Violation> ofOptionalText(String field, String text, int max) {
        return text != null && text.trim().length() > max ? List.of(of(field, "validation.tooLong", max)) : List.of();
    }
}
