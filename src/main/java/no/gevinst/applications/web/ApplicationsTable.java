package no.gevinst.applications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.gevinst.applications.boundary.ApplicationFilter;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.County;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * All submitted applications for the directorate, filtered by call, status, county and category, loaded a page at
 * a time in the order the user sorts by.
 */
@Named
@ViewScoped
public class ApplicationsTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Calls calls;

    @Inject
    Municipalities municipalities;

    private Long callId;
    private ApplicationStatus status;
    private String county;
    private TechnologyCategory category;

    private final LazyDataModel<Application> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.search(filter(), null, false, 0, 1).total();
        }

        @Override
        public List<Application> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "submittedAt" : sort.getField();
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            var page = applications.search(filter(), Applications.isSortable(field) ? field : "submittedAt",
                    ascending, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Application application) {
            return String.valueOf(application.getId());
        }

        @Override
        public Application getRowData(String rowKey) {
            return applications.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    private ApplicationFilter filter() {
        return new ApplicationFilter(status, callId, null, null, county == null || county.isBlank() ? null : county,
                category);
    }

    public LazyDataModel<Application> getModel() {
        return model;
    }

    public List<Call> getCalls() {
        return calls.all(0, 100).items();
    }

    public List<County> getCounties() {
        return municipalities.counties();
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values()).stream().filter(s -> s != ApplicationStatus.DRAFT).toList();
    }

    public List<TechnologyCategory> getCategories() {
        return List.of(TechnologyCategory.values());
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public TechnologyCategory getCategory() {
        return category;
    }

    public void setCategory(TechnologyCategory category) {
        this.category = category;
    }
}
