package no.gevinst.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks the rules, with every field that is wrong. Nothing is stored: the transaction rolls back. The
 * API answers 400 with the fields; pages show each message at its field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final String labelPrefix;

    public InvalidInputException(List<Violation> violations) {
        this(violations, null);
    }

    /**
     * @param labelPrefix where the bundles keep the fields' labels ({@code application.field}), so that each
     *        message can name its field; null when the messages stand next to their fields only
     */
    public InvalidInputException(List<Violation> violations, String labelPrefix) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
        this.labelPrefix = labelPrefix;
    }

    public static void throwIfAny(List<Violation> violations) {
        throwIfAny(violations, null);
    }

    public static void throwIfAny(List<Violation> violations, String labelPrefix) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations, labelPrefix);
        }
    }

    /** An act's request body, refused as a missing "body" when the request had none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidInputException(List.of(Violation.of("body", "validation.required")));
        }
        return body;
    }

    public String labelPrefix() {
        return labelPrefix;
    }

    public List<Violation> violations() {
        return violations;
    }
}
