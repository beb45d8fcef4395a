package no.gevinst.applications.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import no.gevinst.platform.entity.Checksums;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * The application as it was submitted, as a PDF: the first submission is version 1, each resubmission after a
 * return the next. What the municipality sent is kept as it was, never re-rendered from what the application says
 * now.
 */
@Entity
@Table(name = "application_submission")
public class SubmittedVersion extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "version_number")
    private int number;

    private String language;

    private long sizeBytes;

    private String sha256;

    private Instant submittedAt;

    private String submittedBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected SubmittedVersion() {
    }

    /** The {@code number}th submission of {@code application}, written as {@code pdf} in {@code language}. */
    public SubmittedVersion(Application application, int number, Locale language, byte[] pdf, Instant submittedAt,
            String submittedBy) {
        if (number < 1) {
            throw new IllegalArgumentException("Submissions are counted from 1, not " + number);
        }
        this.application = Objects.requireNonNull(application, "application");
        this.number = number;
        this.language = language.toLanguageTag();
        this.content = pdf.clone();
        this.sizeBytes = pdf.length;
        this.sha256 = Checksums.sha256(pdf);
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
    }

    /** {@code soknad-HT-2026-0001-v2.pdf}; a reference holds only letters, digits and hyphens. */
    public String fileName() {
        return "soknad-" + application.getReference() + "-v" + number + ".pdf";
    }

    public Application getApplication() {
        return application;
    }

    public int getNumber() {
        return number;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
