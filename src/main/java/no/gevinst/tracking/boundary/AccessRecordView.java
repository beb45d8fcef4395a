package no.gevinst.tracking.boundary;

import java.time.OffsetDateTime;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.rest.JsonValues;
import no.gevinst.tracking.entity.AccessRecord;

/** One read of an application, as the municipality sees it: who (by name and role, or the system), when, what, how. */
public record AccessRecordView(OffsetDateTime readAt, String readerName, Role readerRole, boolean system,
        ReadPart part, String document, String route) {

    public static AccessRecordView of(AccessRecord record) {
        return new AccessRecordView(JsonValues.time(record.getReadAt()), record.getReaderName(),
                record.getReaderRole(), record.getReaderRole() == null, record.getPart(), record.getDocument(),
                record.getRoute());
    }
}
