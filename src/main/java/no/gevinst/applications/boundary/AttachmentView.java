package no.gevinst.applications.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.platform.rest.JsonValues;

/** An attachment or a report's evidence, without its content. */
@JsonbNillable
public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
        OffsetDateTime uploadedAt, AttachmentPurpose purpose, Long milestoneId) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes(), attachment.getSha256(), JsonValues.time(attachment.getUploadedAt()),
                attachment.getPurpose(), attachment.getMilestoneId());
    }
}
