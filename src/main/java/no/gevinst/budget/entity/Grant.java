package no.gevinst.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;

/**
 * A grant (tilsagn): the amount committed to an application in a budget year by an approver's decision, with the
 * terms the letter states. The municipality accepts it by the acceptance deadline, or it lapses and its amount is
 * freed back to the year's frame.
 */
@Entity
@Table(name = "grant_award")
public class Grant {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "withheld_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal withheldPercent;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "acceptance_deadline")
    private LocalDate acceptanceDeadline;

    @Column(name = "operation_deadline")
    private LocalDate operationDeadline;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "freed", nullable = false, precision = 15, scale = 2)
    private Money freed = Money.ZERO;

    @Version
    private long version;

    protected Grant() {
    }

    /**
     * The grant of an approved recommendation: the call's withheld percentage, the applicant's planned operation date
     * as the operation deadline, and {@code acceptanceDays} from the decision to accept it.
     */
    public Grant(Application application, Money amount, String decidedBy, Instant decidedAt, LocalDate decidedOn,
            int acceptanceDays) {
        this.applicationId = application.getId();
        this.budgetYear = application.getCall().getBudgetYear();
        this.amount = amount;
        this.withheldPercent = application.getCall().getWithheldPercent();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.acceptanceDeadline = decidedOn.plusDays(acceptanceDays);
        this.operationDeadline = application.getPlannedOperationDate();
    }

    /** The municipality accepts the grant and its conditions, at the latest on the acceptance deadline. */
    public void accept(Application application, String username, Instant now, LocalDate today) {
        if (application.getStatus() == ApplicationStatus.GRANTED && today.isAfter(acceptanceDeadline)) {
            throw new DomainException("grant.acceptanceDeadlinePassed", acceptanceDeadline);
        }
        application.accept();
        answeredBy = username;
        answeredAt = now;
    }

    /** The municipality declines: the grant lapses and its whole amount is freed. Returns the amount freed. */
    public Money decline(Application application, String username, Instant now) {
        application.lapse();
        answeredBy = username;
        answeredAt = now;
        freed = amount;
        return freed;
    }

    /** Whether the acceptance deadline has passed without an answer. */
    public boolean isOverdue(Application application, LocalDate today) {
        return application.getStatus() == ApplicationStatus.GRANTED && today.isAfter(acceptanceDeadline);
    }

    /** Nobody answered by the deadline: the grant lapses and its whole amount is freed. Returns the amount freed. */
    public Money lapse(Application application, LocalDate today) {
        if (!isOverdue(application, today)) {
            throw new DomainException("grant.notOverdue", acceptanceDeadline);
        }
        application.lapse();
        freed = amount;
        return freed;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public Money getAmount() {
        return amount;
    }

    public BigDecimal getWithheldPercent() {
        return withheldPercent;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getAcceptanceDeadline() {
        return acceptanceDeadline;
    }

    public LocalDate getOperationDeadline() {
        return operationDeadline;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Money getFreed() {
        return freed;
    }

    public long getVersion() {
        return version;
    }
}
