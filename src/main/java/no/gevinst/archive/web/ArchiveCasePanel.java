package no.gevinst.archive.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.gevinst.archive.boundary.ArchiveCases;

/** The application page's archive section: the archive's case number and each journal entry's, read once a request. */
@Named
@RequestScoped
public class ArchiveCasePanel {

    @Inject
    ArchiveCases archive;

    private final Map<Long, List<ArchiveCases.Filing>> read = new HashMap<>();

    public List<ArchiveCases.Filing> filings(long applicationId) {
        return read.computeIfAbsent(applicationId, archive::of);
    }

    /** The number the archive gave the case, once it has answered. */
    public String caseNumber(long applicationId) {
        return filings(applicationId).stream().map(ArchiveCases.Filing::caseNumber).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
