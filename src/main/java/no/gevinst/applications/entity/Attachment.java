package no.gevinst.applications.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.gevinst.platform.entity.SequencedEntity;
import java.time.Instant;

/** A file attached to an application: what it is and its SHA-256; the bytes are in {@link AttachmentContent}. */
@Entity
@Table(name = "attachment")
public class Attachment extends SequencedEntity {

    /** The largest attachment taken: 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    // Lazy: its owner is almost always at hand already; an eager back-reference was read again per row in lists.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private Instant uploadedAt;

    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    private AttachmentPurpose purpose = AttachmentPurpose.APPLICATION;

    /** The grant milestone this is evidence for, if it is. */
    private Long milestoneId;

    protected Attachment() {
    }

    Attachment(Application application, AttachmentPurpose purpose, Long milestoneId, String fileName,
            String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
        this.application = application;
        this.purpose = purpose;
        this.milestoneId = milestoneId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public AttachmentPurpose getPurpose() {
        return purpose;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Application getApplication() {
        return application;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
