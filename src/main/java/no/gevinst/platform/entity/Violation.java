package no.gevinst.platform.entity;

import java.util.List;

/** What is wrong with one field of an input: a message key from the bundles and its arguments. */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }
}
