package no.gevinst.calls.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Money;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A call (utlysning): one budget year's round of the scheme, with its frame and money rules. */
@Entity
@Table(name = "funding_call")
@NamedQuery(name = Call.OPEN_ON, query = "select c from Call c where c.opensOn <= :day and c.closesOn >= :day"
        + " order by c.closesOn")
@NamedQuery(name = Call.COUNT, query = "select count(c) from Call c")
@NamedQuery(name = Call.ALL, query = "select c from Call c order by c.budgetYear desc, c.opensOn desc, c.id desc")
public class Call extends SequencedEntity {

    public static final String OPEN_ON = "Call.openOn";
    public static final String COUNT = "Call.count";
    public static final String ALL = "Call.all";

    private int budgetYear;

    private String title;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private Money frame;

    private BigDecimal withheldPercent;

    private BigDecimal maxCostSharePercent;

    /** Years after operation the grant reports benefits; the grant can be closed after them. */
    private int reportingPeriodYears;

    private String budgetChapterPost;

    private boolean subjectToBudgetDecision;

    @Version
    private long version;

    // Read for all the calls of a list in one query (IN), not one per call: lists of calls grow over the years.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "call_category", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    private Set<TechnologyCategory> categories = EnumSet.noneOf(TechnologyCategory.class);

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<AssessmentCriterion> criteria = new ArrayList<>();

    protected Call() {
    }

    /** A new call; terms that break the rules are refused with every violation. */
    @SuppressWarnings("this-escape") // its criteria point back to it; entities are never subclassed
    public Call(CallTerms terms) {
        apply(terms);
    }

    /**
     * Changes the terms of the call. Criteria are matched by position: those kept keep their identity.
     */
    public void revise(CallTerms terms) {
        apply(terms);
    }

    private void apply(CallTerms terms) {
        InvalidInputException.throwIfAny(terms.violations());
        this.budgetYear = terms.budgetYear();
        this.title = terms.title().trim();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.frame = terms.frame();
        this.withheldPercent = terms.withheldPercent();
        this.maxCostSharePercent = terms.maxCostSharePercent();
        this.reportingPeriodYears = terms.reportingPeriodYears();
        this.budgetChapterPost = terms.budgetChapterPost() == null || terms.budgetChapterPost().isBlank() ? null
                : terms.budgetChapterPost().trim();
        this.subjectToBudgetDecision = terms.subjectToBudgetDecision();
        this.categories.clear();
        this.categories.addAll(terms.categories());
        List<CallTerms.Criterion> wanted = terms.criteria();
        for (int position = 0; position < wanted.size(); position++) {
            CallTerms.Criterion criterion = wanted.get(position);
            if (position < criteria.size()) {
                criteria.get(position).restate(criterion.name().trim(), criterion.weight());
            } else {
                criteria.add(new AssessmentCriterion(this, position, criterion.name().trim(), criterion.weight()));
            }
        }
        while (criteria.size() > wanted.size()) {
            criteria.removeLast();
        }
    }

    /** Whether the terms would change the criteria's names, weights or number. */
    public boolean changesCriteria(CallTerms terms) {
        List<CallTerms.Criterion> wanted = terms.criteria() == null ? List.of() : terms.criteria();
        if (wanted.size() != criteria.size()) {
            return true;
        }
        for (int i = 0; i < wanted.size(); i++) {
            CallTerms.Criterion criterion = wanted.get(i);
            if (criterion.name() == null || !criterion.name().trim().equals(criteria.get(i).getName())
                    || criterion.weight() == null || criterion.weight() != criteria.get(i).getWeight()) {
                return true;
            }
        }
        return false;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Money getFrame() {
        return frame;
    }

    public BigDecimal getWithheldPercent() {
        return withheldPercent;
    }

    public int getReportingPeriodYears() {
        return reportingPeriodYears;
    }

    public BigDecimal getMaxCostSharePercent() {
        return maxCostSharePercent;
    }

    public String getBudgetChapterPost() {
        return budgetChapterPost;
    }

    public boolean isSubjectToBudgetDecision() {
        return subjectToBudgetDecision;
    }

    /** The offered categories, in the order of {@link TechnologyCategory}. */
    public Set<TechnologyCategory> getCategories() {
        Set<TechnologyCategory> ordered = EnumSet.noneOf(TechnologyCategory.class);
        ordered.addAll(categories);
        return Collections.unmodifiableSet(ordered);
    }

    public List<AssessmentCriterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public long getVersion() {
        return version;
    }
}
