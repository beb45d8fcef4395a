package no.gevinst.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import no.gevinst.platform.entity.Money;

/** A call (utlysning): one budget year's round of the scheme, with its frame and money rules. */
@Entity
@Table(name = "funding_call")
@NamedQuery(name = Call.OPEN_ON, query = "select c from Call c where c.opensOn <= :day and c.closesOn >= :day"
        + " order by c.closesOn")
@NamedQuery(name = Call.COUNT, query = "select count(c) from Call c")
public class Call {

    public static final String OPEN_ON = "Call.openOn";
    public static final String COUNT = "Call.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_call_seq")
    @SequenceGenerator(name = "funding_call_seq", sequenceName = "funding_call_seq", allocationSize = 50)
    private Long id;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "frame", nullable = false, precision = 15, scale = 2)
    private Money frame;

    @Column(name = "withheld_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal withheldPercent;

    @Column(name = "max_cost_share_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxCostSharePercent;

    @Column(name = "budget_chapter_post", length = 100)
    private String budgetChapterPost;

    @Column(name = "subject_to_budget_decision", nullable = false)
    private boolean subjectToBudgetDecision;

    @Version
    private long version;

    protected Call() {
    }

    public Call(int budgetYear, String title, LocalDate opensOn, LocalDate closesOn, Money frame,
            BigDecimal withheldPercent, BigDecimal maxCostSharePercent, String budgetChapterPost,
            boolean subjectToBudgetDecision) {
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("A call cannot close before it opens");
        }
        if (frame.isNegative()) {
            throw new IllegalArgumentException("A call's frame cannot be negative");
        }
        this.budgetYear = budgetYear;
        this.title = Objects.requireNonNull(title, "title");
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.frame = frame;
        this.withheldPercent = percent(withheldPercent, true);
        this.maxCostSharePercent = percent(maxCostSharePercent, false);
        this.budgetChapterPost = budgetChapterPost;
        this.subjectToBudgetDecision = subjectToBudgetDecision;
    }

    private static BigDecimal percent(BigDecimal value, boolean zeroAllowed) {
        int sign = value.signum();
        if (sign < 0 || (sign == 0 && !zeroAllowed) || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Not a percentage for a call: " + value);
        }
        return value;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
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

    public BigDecimal getMaxCostSharePercent() {
        return maxCostSharePercent;
    }

    public String getBudgetChapterPost() {
        return budgetChapterPost;
    }

    public boolean isSubjectToBudgetDecision() {
        return subjectToBudgetDecision;
    }

    public long getVersion() {
        return version;
    }
}
