package no.gevinst.reports.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.County;
import no.gevinst.reports.boundary.Reports;
import no.gevinst.reports.boundary.ReportsResource;
import no.gevinst.reports.entity.ReportDefinition;
import no.gevinst.reports.entity.ReportFilter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The report catalogue with the filters: each report downloads as an Excel file in the user's language. */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    Calls calls;

    @Inject
    Municipalities municipalities;

    @Inject
    FacesContext faces;

    private Integer budgetYear;
    private Long callId;
    private String county;
    private TechnologyCategory category;
    private ApplicationStatus status;

    public List<ReportDefinition> getReports() {
        return reports.catalogue();
    }

    public Locale getLocale() {
        return faces.getViewRoot().getLocale();
    }

    /** Built when asked for; the temporary file is deleted as soon as it has been sent. */
    public StreamedContent download(String name) {
        var file = reports.build(name, new ReportFilter(budgetYear, callId, county == null || county.isBlank() ? null
                : county, category, status), getLocale());
        return DefaultStreamedContent.builder()
                .name(ReportsResource.fileName(name, LocalDate.now(ZoneId.of("Europe/Oslo"))))
                .contentType(ReportsResource.XLSX)
                .stream(() -> {
                    try {
                        return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public List<Call> getCalls() {
        return calls.all(0, 200).items();
    }

    public List<Integer> getBudgetYears() {
        return getCalls().stream().map(Call::getBudgetYear).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public List<County> getCounties() {
        return municipalities.counties();
    }

    public List<TechnologyCategory> getCategories() {
        return List.of(TechnologyCategory.values());
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values()).stream().filter(s -> s != ApplicationStatus.DRAFT).toList();
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public void setBudgetYear(Integer budgetYear) {
        this.budgetYear = budgetYear;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
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

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }
}
