package no.gevinst.applications.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What must still be filled in before the application can be submitted. */
public record MissingView(
        @Schema(description = "The field still to be filled in, as the request names it (milestones[0].amount)")
        String field,
        @Schema(description = "What is missing, naming the field's label, in the language of Accept-Language")
        String message) {
}
