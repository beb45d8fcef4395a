package no.gevinst.applications.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.platform.rest.JsonValues;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment or a report's evidence, without its content. */
@JsonbNillable
public record AttachmentView(
        @Schema(description = "The attachment's id") long id,
        @Schema(description = "The file's name as uploaded") String fileName,
        @Schema(description = "The file's media type") String contentType,
        @Schema(description = "The file's size in bytes") long size,
        @Schema(description = "The SHA-256 checksum of the file, in hex") String sha256,
        @Schema(description = "When the file was uploaded") OffsetDateTime uploadedAt,
        @Schema(description = "What the file is: part of the application, or evidence for a milestone report or the"
                + " operation report")
        AttachmentPurpose purpose,
        @Schema(description = "With MILESTONE: the milestone the file is evidence for") Long milestoneId) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes(), attachment.getSha256(), JsonValues.time(attachment.getUploadedAt()),
                attachment.getPurpose(), attachment.getMilestoneId());
    }
}
