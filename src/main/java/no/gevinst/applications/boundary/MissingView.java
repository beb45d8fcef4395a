package no.gevinst.applications.boundary;


/** What must still be filled in before the application can be submitted. */
public record MissingView(String field, String message) {
}
