package no.gevinst.archive.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * One filed act of a case in the archive's outbox: its arkivmelding as written in the act's transaction, its
 * documents, and how its delivery went. A message is delivered at least once; the archive knows it again by its
 * journal key. A failed attempt waits longer each time (a minute, doubling up to six hours) and after
 * {@value #MAX_ATTEMPTS} attempts waits for an administrator.
 */
@Entity
@Table(name = "archive_message")
public class ArchiveMessage extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int ERROR_LENGTH = 2000;

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    private long applicationId;

    private int position;

    private String journalKey;

    @Enumerated(EnumType.STRING)
    private FiledAct act;

    private Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    private Instant nextAttemptAt;

    private String lastError;

    private Instant deliveredAt;

    @Basic(fetch = FetchType.LAZY)
    private byte[] receipt;

    private String archiveCaseNumber;

    private String archiveJournalNumber;

    @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
    @OrderBy("documentNumber")
    private List<ArchiveDocument> documents = new ArrayList<>();

    protected ArchiveMessage() {
    }

    /** The {@code position}th filed act of the application's case, due for delivery at once. */
    public ArchiveMessage(long applicationId, int position, String journalKey, FiledAct act, String arkivmelding,
            List<ArchiveDocument.FiledDocument> documents, Instant now) {
        if (position < 1) {
            throw new IllegalArgumentException("A case's acts are counted from 1, not " + position);
        }
        this.applicationId = applicationId;
        this.position = position;
        this.journalKey = Objects.requireNonNull(journalKey, "journalKey");
        this.act = Objects.requireNonNull(act, "act");
        this.content = arkivmelding.getBytes(StandardCharsets.UTF_8);
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        documents.forEach(document -> this.documents.add(ArchiveDocument.kept(this, document)));
    }

    /** An error as kept with the message: its first {@value #ERROR_LENGTH} characters. */
    public static String shortened(String error) {
        String text = error == null ? "" : error;
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }

    /** How long to wait after the {@code attempts}th failed attempt: a minute, doubling, at most six hours. */
    public static Duration waitAfter(int attempts) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getPosition() {
        return position;
    }

    public String getJournalKey() {
        return journalKey;
    }

    public FiledAct getAct() {
        return act;
    }

    public String arkivmelding() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getArchiveCaseNumber() {
        return archiveCaseNumber;
    }

    public String getArchiveJournalNumber() {
        return archiveJournalNumber;
    }

    public List<ArchiveDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }
}
