package no.gevinst.platform.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import no.gevinst.platform.entity.Clocks;

/**
 * What the searches of a trail share (the events, the access log): a span of days, both included, and the page of
 * the results, all in the address so that a search can be bookmarked or sent to a colleague.
 */
public abstract class DatedSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private int page;

    /** The first moment of the span in Norway; null when open. */
    protected Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(Clocks.NORWAY).toInstant();
    }

    /** The first moment after the span in Norway; null when open. */
    protected Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(Clocks.NORWAY).toInstant();
    }

    /** Starts the search again from its first page. */
    protected void firstPage() {
        page = 0;
    }

    /** The page asked for, never before the first. */
    protected int pageAskedFor() {
        page = Math.max(0, page);
        return page;
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
