package no.gevinst.payments.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import no.gevinst.applications.entity.Application;

/** A grant letter exactly as it was produced at the decision; what the municipality was told never changes. */
@Entity
@Table(name = "grant_letter")
public class IssuedLetter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    private String language;

    private String sha256;

    private Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected IssuedLetter() {
    }

    public IssuedLetter(long applicationId, Locale language, byte[] content, String sha256, Instant createdAt) {
        this.applicationId = applicationId;
        this.language = language.toLanguageTag();
        this.content = content.clone();
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    /** {@code tilsagnsbrev-HT-2026-0001.pdf}; a reference holds only letters, digits and hyphens. */
    public static String fileName(Application application) {
        return "tilsagnsbrev-" + application.getReference() + ".pdf";
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
