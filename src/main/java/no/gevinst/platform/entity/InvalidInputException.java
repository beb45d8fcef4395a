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

    public InvalidInputException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
