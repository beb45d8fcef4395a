package no.gevinst.tracking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.gevinst.platform.entity.ApplicationRead;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.boundary.Callers;

/**
 * The applications the caller of this request has read, gathered while the request runs and written once at its
 * end ({@code AccessRecording}): one record per application, whatever the page or route read of it. A municipality's
 * own reads, and a partner municipality's, are not gathered (nor those of a system acting for a municipality, which
 * reads as that municipality).
 */
@RequestScoped
public class ReadsOfTheRequest {

    /** Whose reads the municipality sees, the most telling role first. */
    private static final List<Role> DIRECTORATE = List.of(Role.APPROVER, Role.CASE_HANDLER, Role.MANAGEMENT, Role.ADMIN);

    /** What the request read of one application: the most telling part, and the documents by name. */
    public record Read(long applicationId, ReadPart part, TreeSet<String> documents) {
    }

    @Inject
    Callers callers;

    private final Map<Long, Read> reads = new LinkedHashMap<>();
    private String reader;
    private Role readerRole;

    void on(@Observes ApplicationRead read) {
        if (reader == null) {
            Set<Role> roles = callers.roles();
            if (roles.stream().anyMatch(Role::isMunicipal)) {
                return;
            }
            reader = callers.name();
            readerRole = DIRECTORATE.stream().filter(roles::contains).findFirst().orElse(null);
        }
        Read before = reads.get(read.applicationId());
        ReadPart part = before == null || read.part().compareTo(before.part()) > 0 ? read.part() : before.part();
        TreeSet<String> documents = before == null ? new TreeSet<>() : before.documents();
        if (read.document() != null) {
            documents.add(read.document());
        }
        reads.put(read.applicationId(), new Read(read.applicationId(), part, documents));
    }

    public boolean isEmpty() {
        return reads.isEmpty();
    }

    /** What was read, once: a second call finds nothing. */
    public List<Read> take() {
        List<Read> taken = List.copyOf(reads.values());
        reads.clear();
        return taken;
    }

    /** The reader's directorate role; empty for a system. */
    public Optional<Role> readerRole() {
        return Optional.ofNullable(readerRole);
    }

    public String reader() {
        return reader;
    }
}
