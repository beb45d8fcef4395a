package no.gevinst.payments.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import no.gevinst.applications.entity.Application;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * A letter of a decision on a grant after its grant letter (a go or a stop at a decision point, a change request
 * approved or rejected), exactly as it was
 * issued: what the municipality was told never changes.
 */
@Entity
@Table(name = "follow_up_letter")
public class FollowUpLetter extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;

    private Long milestoneId;

    private Long changeRequestId;

    private String language;

    private String sha256;

    private Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected FollowUpLetter() {
    }

    public FollowUpLetter(long applicationId, FollowUpKind kind, Long milestoneId, Locale language, byte[] content,
            String sha256, Instant createdAt) {
        this(applicationId, kind, milestoneId, null, language, content, sha256, createdAt);
    }

    /** The letter of a change request's decision. */
    public FollowUpLetter(long applicationId, FollowUpKind kind, Long milestoneId, Long changeRequestId,
            Locale language, byte[] content, String sha256, Instant createdAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.milestoneId = milestoneId;
        this.changeRequestId = changeRequestId;
        this.language = language.toLanguageTag();
        this.content = content.clone();
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    /** {@code vedtak-HT-2026-0001-3.pdf}: the reference and the letter's number; letters, digits and hyphens. */
    public String fileName(Application application) {
        return "vedtak-" + application.getReference() + "-" + getId() + ".pdf";
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Long getChangeRequestId() {
        return changeRequestId;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getSizeBytes() {
        return content.length;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
