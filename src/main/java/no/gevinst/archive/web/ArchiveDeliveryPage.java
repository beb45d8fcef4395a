package no.gevinst.archive.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.gevinst.archive.boundary.ArchiveDeliveries;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.web.FacesMessages;

/** {@code /admin/archive.xhtml}: what waits for the archive and what it refused, and sending a message again. */
@Named
@RequestScoped
public class ArchiveDeliveryPage {

    @Inject
    ArchiveDeliveries deliveries;

    @Inject
    FacesContext faces;

    private ArchiveDeliveries.Counts counts;
    private List<ArchiveDeliveries.Undelivered> undelivered;

    public ArchiveDeliveries.Counts getCounts() {
        if (counts == null) {
            counts = deliveries.counts();
        }
        return counts;
    }

    public List<ArchiveDeliveries.Undelivered> getUndelivered() {
        if (undelivered == null) {
            undelivered = deliveries.undelivered();
        }
        return undelivered;
    }

    public String retry(long id, String journalKey) {
        try {
            deliveries.retry(id);
        } catch (DomainException refused) {
            FacesMessages.error(faces, refused.messageKey(), refused.arguments());
            return null;
        }
        FacesMessages.infoAfterRedirect(faces, "archive.admin.retried", journalKey);
        return "/admin/archive.xhtml?faces-redirect=true";
    }
}
