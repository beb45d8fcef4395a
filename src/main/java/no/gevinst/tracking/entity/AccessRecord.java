package no.gevinst.tracking.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.SequencedEntity;

/**
 * One request in which the directorate (or a system) read an application or its documents: who, in which role, when,
 * what and through which route. Never changed (the database refuses an update); deleted only when older than the
 * retention period.
 */
@Entity
@Table(name = "access_record")
public class AccessRecord extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    private long applicationId;
    private Instant readAt;
    private String reader;
    private String readerName;
    @Enumerated(EnumType.STRING)
    private Role readerRole;
    @Enumerated(EnumType.STRING)
    private ReadPart part;
    private String document;
    private String route;

    protected AccessRecord() {
    }

    /**
     * @param reader the username, or a system's name
     * @param readerName the person's name as it was at the time; a system's name again
     * @param readerRole the reader's directorate role; null for a system
     */
    public AccessRecord(long applicationId, Instant readAt, String reader, String readerName, Role readerRole,
            ReadPart part, String document, String route) {
        this.applicationId = applicationId;
        this.readAt = readAt;
        this.reader = reader;
        this.readerName = readerName;
        this.readerRole = readerRole;
        this.part = part;
        this.document = document == null ? null : shortened(document, 500);
        this.route = shortened(route, 500);
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getReader() {
        return reader;
    }

    public String getReaderName() {
        return readerName;
    }

    public Role getReaderRole() {
        return readerRole;
    }

    public ReadPart getPart() {
        return part;
    }

    public String getDocument() {
        return document;
    }

    public String getRoute() {
        return route;
    }
}
