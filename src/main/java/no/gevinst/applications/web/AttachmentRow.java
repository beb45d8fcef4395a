package no.gevinst.applications.web;

import java.io.Serializable;
import no.gevinst.applications.entity.Attachment;

/** An attachment as a page lists it. */
public record AttachmentRow(long id, String fileName, long sizeBytes, String sha256) implements Serializable {

    public static AttachmentRow of(Attachment attachment) {
        return new AttachmentRow(attachment.getId(), attachment.getFileName(), attachment.getSizeBytes(),
                attachment.getSha256());
    }

    /** The size as people read it: kilobytes below a megabyte, megabytes above, one decimal. */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
