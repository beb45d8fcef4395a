package no.gevinst.tracking.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.web.DatedSearch;
import no.gevinst.tracking.boundary.AccessLog;
import no.gevinst.tracking.entity.AccessRecord;

/**
 * The access log for administrators: who read which application, newest first, 50 to a page, by application, by
 * reader and by a span of days (both included). The search is in the address, as on the events page.
 */
@Named
@ViewScoped
public class AccessLogPage extends DatedSearch {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;

    @Inject
    AccessLog accessLog;

    private Long application;
    private String reader;
    private transient Page<AccessRecord> found;

    public void load() {
        found = accessLog.search(application, reader == null || reader.isBlank() ? null : reader.trim(),
                fromInstant(), untilInstant(), pageAskedFor(), SIZE);
    }

    public String search() {
        firstPage();
        return "/admin/access-log?faces-redirect=true&includeViewParams=true";
    }

    public Page<AccessRecord> getFound() {
        if (found == null) {
            load();
        }
        return found;
    }

    public Long getApplication() {
        return application;
    }

    public void setApplication(Long application) {
        this.application = application;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }
}
