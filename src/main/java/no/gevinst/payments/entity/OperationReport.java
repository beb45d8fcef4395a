package no.gevinst.payments.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;

/** What the municipality reports when the project is in operation: since when, and what is in operation. */
public record OperationReport(LocalDate since, String description) {

    /** The longest description the grant keeps. */
    public static final int MAX_DESCRIPTION = 4000;

    /**
     * The report as stated on {@code today}: refused with every violation (labels under {@code operation.field}) when
     * the date is missing or in the future or the description is missing or too long; the description trimmed.
     */
    static OperationReport of(LocalDate since, String description, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (since == null) {
            violations.add(Violation.of("inOperationSince", "validation.required"));
        } else if (since.isAfter(today)) {
            violations.add(Violation.of("inOperationSince", "validation.operation.inFuture"));
        }
        if (description == null || description.isBlank()) {
            violations.add(Violation.of("description", "validation.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            violations.add(Violation.of("description", "validation.tooLong", MAX_DESCRIPTION));
        }
        InvalidInputException.throwIfAny(violations, "operation.field");
        return new OperationReport(since, description.trim());
    }
}
