package no.gevinst.applications.boundary;

import java.time.OffsetDateTime;
import no.gevinst.applications.entity.SubmittedVersion;
import no.gevinst.platform.rest.JsonValues;

/** One submission of an application, as a document, without its content. */
public record SubmissionView(int number, OffsetDateTime submittedAt, String submittedBy, String language,
        long size, String sha256, String fileName) {

    public static SubmissionView of(SubmittedVersion version) {
        return new SubmissionView(version.getNumber(), JsonValues.time(version.getSubmittedAt()),
                version.getSubmittedBy(), version.getLanguage().toLanguageTag(), version.getSizeBytes(),
                version.getSha256(), version.fileName());
    }
}
