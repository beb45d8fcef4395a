package no.gevinst.calls.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.calls.boundary.Scheme;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.web.FacesMessages;

/** The administrator's form for a new call or a change to one ({@code ?id=}). */
@Named
@ViewScoped
public class CallEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion row of the form, as typed. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer weight;

        public CriterionRow() {
        }

        CriterionRow(String name, Integer weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    @Inject
    Calls calls;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    @Inject
    Scheme scheme;

    private Long id;
    private long version;
    private Integer budgetYear;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private BigDecimal frame;
    private BigDecimal withheldPercent;
    private BigDecimal maxCostSharePercent;
    private Integer reportingPeriodYears;
    private String budgetChapterPost;
    private boolean subjectToBudgetDecision;
    /** The names of the chosen categories, as the checkboxes send them. */
    private List<String> categories = new ArrayList<>();
    private final List<CriterionRow> criteria = new ArrayList<>();
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            startFromSchemeDefaults();
            return;
        }
        Call call = calls.find(id).orElse(null);
        if (call == null) {
            FacesMessages.notFound(faces);
            return;
        }
        version = call.getVersion();
        budgetYear = call.getBudgetYear();
        title = call.getTitle();
        opensOn = call.getOpensOn();
        closesOn = call.getClosesOn();
        frame = call.getFrame().amount();
        withheldPercent = call.getWithheldPercent();
        maxCostSharePercent = call.getMaxCostSharePercent();
        reportingPeriodYears = call.getReportingPeriodYears();
        budgetChapterPost = call.getBudgetChapterPost();
        subjectToBudgetDecision = call.isSubjectToBudgetDecision();
        categories = call.getCategories().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        call.getCriteria().forEach(c -> criteria.add(new CriterionRow(c.getName(), c.getWeight())));
    }

    /** A new call starts from the scheme's settings; the administrator changes what this call needs. */
    private void startFromSchemeDefaults() {
        SchemeSettings settings = scheme.settings();
        budgetYear = LocalDate.now(clock).getYear() + 1;
        withheldPercent = settings.getDefaultWithheldPercent();
        maxCostSharePercent = settings.getDefaultMaxCostSharePercent();
        reportingPeriodYears = settings.getReportingPeriodYears();
        categories = settings.getDefaultCategories().stream().map(Enum::name)
                .collect(Collectors.toCollection(ArrayList::new));
        settings.getCriteriaTemplate().forEach(c -> criteria.add(new CriterionRow(c.getName(), c.getWeight())));
        if (criteria.isEmpty()) {
            criteria.add(new CriterionRow());
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    public int getWeightSum() {
        return criteria.stream().map(CriterionRow::getWeight).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public String save() {
        CallTerms terms;
        try {
            terms = new CallTerms(budgetYear, title, opensOn, closesOn, frame == null ? null : Money.of(frame),
                    withheldPercent, maxCostSharePercent, reportingPeriodYears, budgetChapterPost, subjectToBudgetDecision,
                    categories.stream().map(TechnologyCategory::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(TechnologyCategory.class))),
                    criteria.stream().map(row -> new CallTerms.Criterion(row.getName(), row.getWeight())).toList());
        } catch (IllegalArgumentException moreThanTwoDecimals) {
            FacesMessages.showAtFields(faces, new InvalidInputException(List.of(
                    Violation.of("frame", "validation.amount"))), this::clientId);
            return null;
        }
        boolean saved = FacesMessages.attempt(faces, this::clientId, () -> {
            if (id == null) {
                calls.create(terms);
            } else {
                calls.revise(id, version, terms);
            }
        });
        if (!saved) {
            return null;
        }
        FacesMessages.infoAfterRedirect(faces, "call.saved", title);
        return "/admin/calls?faces-redirect=true";
    }

    /** The input a violation's field belongs to; a criterion's fields are in its table row. */
    private String clientId(String field) {
        if (field.startsWith("criteria[")) {
            int index = Integer.parseInt(field.substring("criteria[".length(), field.indexOf(']')));
            String part = field.substring(field.indexOf("].") + 2);
            return "call:criteria:" + index + ":" + part;
        }
        return "call:" + field;
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<TechnologyCategory> getAllCategories() {
        return List.of(TechnologyCategory.values());
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public void setBudgetYear(Integer budgetYear) {
        this.budgetYear = budgetYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public BigDecimal getFrame() {
        return frame;
    }

    public void setFrame(BigDecimal frame) {
        this.frame = frame;
    }

    public BigDecimal getWithheldPercent() {
        return withheldPercent;
    }

    public void setWithheldPercent(BigDecimal withheldPercent) {
        this.withheldPercent = withheldPercent;
    }

    public Integer getReportingPeriodYears() {
        return reportingPeriodYears;
    }

    public void setReportingPeriodYears(Integer reportingPeriodYears) {
        this.reportingPeriodYears = reportingPeriodYears;
    }

    public BigDecimal getMaxCostSharePercent() {
        return maxCostSharePercent;
    }

    public void setMaxCostSharePercent(BigDecimal maxCostSharePercent) {
        this.maxCostSharePercent = maxCostSharePercent;
    }

    public String getBudgetChapterPost() {
        return budgetChapterPost;
    }

    public void setBudgetChapterPost(String budgetChapterPost) {
        this.budgetChapterPost = budgetChapterPost;
    }

    public boolean isSubjectToBudgetDecision() {
        return subjectToBudgetDecision;
    }

    public void setSubjectToBudgetDecision(boolean subjectToBudgetDecision) {
        this.subjectToBudgetDecision = subjectToBudgetDecision;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }
}
