package no.gevinst.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.boundary.EventFilter;
import no.gevinst.audit.boundary.TrailEvent;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.web.DatedSearch;

/**
 * The audit trail for approvers, management and administrators: newest first, 50 to a page, filtered by the kind
 * and id of what was acted on, by user and by a span of days (both days included). The filter is in the address,
 * so a search can be bookmarked or sent to a colleague.
 */
@Named
@ViewScoped
public class EventsPage extends DatedSearch {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;
    /** What events are recorded about, as the boundaries name it; labelled {@code eventEntity.NAME}. */
    public static final java.util.List<String> ENTITIES = java.util.List.of("Application", "Call", "Payment",
            "PaymentBatch", "Report", "Municipality", "SchemeSettings", "UserAccount");

    @Inject
    AuditTrail audit;

    private String entity;
    private String entityId;
    private String user;
    private transient Page<TrailEvent> found;

    public void load() {
        found = audit.search(new EventFilter(blankless(entity), blankless(entityId), blankless(user), fromInstant(),
                untilInstant()), pageAskedFor(), SIZE);
    }

    public String search() {
        firstPage();
        return "/events?faces-redirect=true&includeViewParams=true";
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public java.util.List<String> getEntities() {
        return ENTITIES;
    }

    public Page<TrailEvent> getFound() {
        if (found == null) {
            load();
        }
        return found;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }
}
