package no.gevinst.platform.entity;

/**
 * An application, or one of its documents, was read by whoever calls: fired by the page or API route that shows it,
 * in whichever component that is, for the access log (component {@code tracking}) to record if the reader is one the
 * municipality should see.
 *
 * @param document the document's name where one was read (a file, a letter, a version), else null
 */
public record ApplicationRead(long applicationId, ReadPart part, String document) {

    /** The audit trail's entity type of an application, whose history is read by asking for it. */
    public static final String ENTITY_TYPE = "Application";

    public static ApplicationRead of(long applicationId, ReadPart part) {
        return new ApplicationRead(applicationId, part, null);
    }
}
