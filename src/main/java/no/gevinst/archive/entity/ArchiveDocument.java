package no.gevinst.archive.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import no.gevinst.platform.entity.Checksums;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * A document of a filed act, numbered within its message as the message names it (dokumentnummer, and the file name
 * in the message, referanseDokumentfil). Its bytes are kept where they were made, or here for a record of the act.
 */
@Entity
@Table(name = "archive_document")
public class ArchiveDocument extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private ArchiveMessage message;

    private int documentNumber;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private DocumentSource source;

    private Long sourceId;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String sha256;

    private long sizeBytes;

    protected ArchiveDocument() {
    }

    private ArchiveDocument(ArchiveMessage message, int documentNumber, String fileName, DocumentSource source,
            Long sourceId, byte[] content, String sha256, long sizeBytes) {
        this.message = Objects.requireNonNull(message, "message");
        this.documentNumber = documentNumber;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.source = source;
        this.sourceId = sourceId;
        this.content = content;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.sizeBytes = sizeBytes;
    }

    /** A document kept elsewhere: its bytes are read from {@code source} by {@code sourceId} when delivered. */
    static ArchiveDocument kept(ArchiveMessage message, FiledDocument document) {
        return new ArchiveDocument(message, document.number(), document.fileName(), document.source(),
                document.sourceId(), document.source() == DocumentSource.RECORD ? document.content() : null,
                document.sha256(), document.sizeBytes());
    }

    public int getDocumentNumber() {
        return documentNumber;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    /** The bytes of a record; null for a document kept elsewhere. */
    public byte[] recordContent() {
        return content == null ? null : content.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** What a message files, before it is stored: its number, its name in the message, where its bytes are. */
    public record FiledDocument(int number, String fileName, DocumentSource source, Long sourceId, byte[] content,
            String sha256, long sizeBytes) {

        /** A record written for the archive, its bytes kept with the message. */
        public static FiledDocument record(int number, String fileName, byte[] pdf) {
            return new FiledDocument(number, fileName, DocumentSource.RECORD, null, pdf.clone(), Checksums.sha256(pdf),
                    pdf.length);
        }

        /** A document kept by another component, read again by its id when the message is delivered. */
        public static FiledDocument kept(int number, String fileName, DocumentSource source, long sourceId,
                String sha256, long sizeBytes) {
            if (source == DocumentSource.RECORD) {
                throw new IllegalArgumentException("A record is kept with the message");
            }
            return new FiledDocument(number, fileName, source, sourceId, null, sha256, sizeBytes);
        }
    }
}
