package no.gevinst.applications.boundary;

/**
 * The answer of an act on an application: the application as it stands after the act. The application's
 * representation spans the components above this one (its assessment, grant and benefits), so it is written where
 * they are all known, by the {@code cases} component, which turns this answer into the whole application with its
 * version as ETag.
 */
public record CurrentApplication(long id) {
}
