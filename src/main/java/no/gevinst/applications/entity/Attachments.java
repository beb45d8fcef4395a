package no.gevinst.applications.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.gevinst.applications.entity.ApplicationStatus.Act;
import no.gevinst.platform.entity.DomainException;

/**
 * An application's documents and their limits: its own attachments, while the municipality edits it, and the
 * evidence of the grant's reports afterwards (for a milestone or for the operation), which is never removed. Each act
 * checks that the application's status allows it. Got from {@link Application#attachments()}.
 */
public final class Attachments {

    /** The application's own attachments. */
    static final int MAX_ATTACHMENTS = 20;

    /** Evidence files a grant may gather besides the application's own attachments. */
    static final int MAX_EVIDENCE = 100;

    private final Application application;
    private final List<Attachment> attachments;

    Attachments(Application application, List<Attachment> attachments) {
        this.application = application;
        this.attachments = attachments;
    }

    /** One of the application's own attachments, while the municipality edits it. */
    public Attachment attach(String fileName, String contentType, long sizeBytes, String sha256, Instant now,
            String username) {
        application.getStatus().require(Act.REVISE);
        if (attachments.stream().filter(a -> a.getPurpose() == AttachmentPurpose.APPLICATION).count()
                >= MAX_ATTACHMENTS) {
            throw new DomainException("attachment.tooMany", MAX_ATTACHMENTS);
        }
        return add(new Attachment(application, AttachmentPurpose.APPLICATION, null, fileName, contentType, sizeBytes,
                sha256, now, username));
    }

    /**
     * Evidence after the grant: for a milestone report ({@code milestoneId}) or the operation report (null), while
     * the grant runs or is operational.
     */
    public Attachment attachEvidence(Long milestoneId, String fileName, String contentType, long sizeBytes,
            String sha256, Instant now, String username) {
        if (!application.getStatus().isPayable()) {
            throw new DomainException("attachment.noEvidenceNow", application.getStatus());
        }
        if (attachments.size() >= MAX_ATTACHMENTS + MAX_EVIDENCE) {
            throw new DomainException("attachment.tooMany", MAX_ATTACHMENTS + MAX_EVIDENCE);
        }
        return add(new Attachment(application, milestoneId == null ? AttachmentPurpose.OPERATION
                : AttachmentPurpose.MILESTONE, milestoneId, fileName, contentType, sizeBytes, sha256, now, username));
    }

    /** Whether a milestone report has its evidence. */
    public boolean hasEvidenceFor(long milestoneId) {
        return attachments.stream().anyMatch(a -> Long.valueOf(milestoneId).equals(a.getMilestoneId()));
    }

    /** Removes one of the application's own attachments; evidence is never removed. */
    public Attachment detach(long attachmentId) {
        application.getStatus().require(Act.REVISE);
        Attachment attachment = find(attachmentId)
                .filter(a -> a.getPurpose() == AttachmentPurpose.APPLICATION)
                .orElseThrow(() -> new DomainException("attachment.notFound"));
        attachments.remove(attachment);
        return attachment;
    }

    public Optional<Attachment> find(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst();
    }

    private Attachment add(Attachment attachment) {
        attachments.add(attachment);
        return attachment;
    }
}
