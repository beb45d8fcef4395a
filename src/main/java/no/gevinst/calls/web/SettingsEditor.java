package no.gevinst.calls.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import no.gevinst.calls.boundary.Scheme;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.calls.entity.SchemeTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.web.FacesMessages;

/** The administrator's form for the scheme's settings. */
@Named
@ViewScoped
public class SettingsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scheme scheme;

    @Inject
    FacesContext faces;

    private boolean loaded;
    private long version;
    private BigDecimal defaultWithheldPercent;
    private BigDecimal defaultMaxCostSharePercent;
    private Integer reportingPeriodYears;
    private Integer acceptanceDeadlineDays;
    private Integer operationGraceDays;
    private List<String> categories = new ArrayList<>();
    private final List<CallEditor.CriterionRow> criteria = new ArrayList<>();
    private String debtorName;
    private String debtorAccount;

    public void load() {
        if (!loaded) {
            loaded = true;
            show(scheme.settings());
        }
    }

    private void show(SchemeSettings settings) {
        version = settings.getVersion();
        defaultWithheldPercent = settings.getDefaultWithheldPercent();
        defaultMaxCostSharePercent = settings.getDefaultMaxCostSharePercent();
        reportingPeriodYears = settings.getReportingPeriodYears();
        acceptanceDeadlineDays = settings.getAcceptanceDeadlineDays();
        operationGraceDays = settings.getOperationGraceDays();
        categories = settings.getDefaultCategories().stream().map(Enum::name)
                .collect(Collectors.toCollection(ArrayList::new));
        criteria.clear();
        settings.getCriteriaTemplate().forEach(c -> criteria.add(new CallEditor.CriterionRow(c.getName(), c.getWeight())));
        debtorName = settings.getDebtorName().orElse(null);
        debtorAccount = settings.getDebtorAccount().map(a -> a.formatted()).orElse(null);
    }

    public void save() {
        if (FacesMessages.attempt(faces, this::clientId, () -> show(scheme.revise(version, new SchemeTerms(
                defaultWithheldPercent, defaultMaxCostSharePercent, reportingPeriodYears, acceptanceDeadlineDays,
                operationGraceDays, categories.stream().map(TechnologyCategory::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(TechnologyCategory.class))),
                criteria.stream().map(row -> new CallTerms.Criterion(row.getName(), row.getWeight())).toList(),
                debtorName, debtorAccount))))) {
            FacesMessages.info(faces, "settings.saved");
        }
    }

    private String clientId(String field) {
        if (field.startsWith("criteria[")) {
            int index = Integer.parseInt(field.substring("criteria[".length(), field.indexOf(']')));
            return "settings:criteria:" + index + ":" + field.substring(field.indexOf("].") + 2);
        }
        return "settings:" + field;
    }

    public void addCriterion() {
        criteria.add(new CallEditor.CriterionRow());
    }

    public void removeCriterion(CallEditor.CriterionRow row) {
        criteria.remove(row);
    }

    public int getWeightSum() {
        return criteria.stream().map(CallEditor.CriterionRow::getWeight).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public List<TechnologyCategory> getAllCategories() {
        return List.of(TechnologyCategory.values());
    }

    public List<CallEditor.CriterionRow> getCriteria() {
        return criteria;
    }

    public BigDecimal getDefaultWithheldPercent() {
        return defaultWithheldPercent;
    }

    public void setDefaultWithheldPercent(BigDecimal defaultWithheldPercent) {
        this.defaultWithheldPercent = defaultWithheldPercent;
    }

    public BigDecimal getDefaultMaxCostSharePercent() {
        return defaultMaxCostSharePercent;
    }

    public void setDefaultMaxCostSharePercent(BigDecimal defaultMaxCostSharePercent) {
        this.defaultMaxCostSharePercent = defaultMaxCostSharePercent;
    }

    public Integer getReportingPeriodYears() {
        return reportingPeriodYears;
    }

    public void setReportingPeriodYears(Integer reportingPeriodYears) {
        this.reportingPeriodYears = reportingPeriodYears;
    }

    public Integer getAcceptanceDeadlineDays() {
        return acceptanceDeadlineDays;
    }

    public void setAcceptanceDeadlineDays(Integer acceptanceDeadlineDays) {
        this.acceptanceDeadlineDays = acceptanceDeadlineDays;
    }

    public Integer getOperationGraceDays() {
        return operationGraceDays;
    }

    public void setOperationGraceDays(Integer operationGraceDays) {
        this.operationGraceDays = operationGraceDays;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getDebtorName() {
        return debtorName;
    }

    public void setDebtorName(String debtorName) {
        this.debtorName = debtorName;
    }

    public String getDebtorAccount() {
        return debtorAccount;
    }

    public void setDebtorAccount(String debtorAccount) {
        this.debtorAccount = debtorAccount;
    }
}
