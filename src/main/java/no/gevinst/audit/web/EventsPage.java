package no.gevinst.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.boundary.EventFilter;
import no.gevinst.audit.boundary.TrailEvent;
import no.gevinst.platform.entity.Clocks;
import no.gevinst.platform.entity.Page;

/**
 * The audit trail for approvers, management and administrators: newest first, 50 to a page, filtered by the kind
 * and id of what was acted on, by user and by a span of days (both days included). The filter is in the address,
 * so a search can be bookmarked or sent to a colleague.
 */
@Named
@ViewScoped
public class EventsPage implements Serializable {

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
    private LocalDate from;
    private LocalDate to;
    private int page;
    private transient Page<TrailEvent> found;

    public void load() {
        page = Math.max(0, page);
        found = audit.search(new EventFilter(blankless(entity), blankless(entityId), blankless(user),
                startOf(from), to == null ? null : startOf(to.plusDays(1))), page, SIZE);
    }

    public String search() {
        page = 0;
        return "/events?faces-redirect=true&includeViewParams=true";
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Clocks.NORWAY).toInstant();
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

    /** The first and last number of the events on this page, counted from 1. */
    public long getFirst() {
        return getFound().items().isEmpty() ? 0 : (long) page * SIZE + 1;
    }

    public long getLast() {
        return (long) page * SIZE + getFound().items().size();
    }

    public boolean isHasNext() {
        return getLast() < getFound().total();
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
