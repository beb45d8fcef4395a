package no.gevinst.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.gevinst.platform.entity.Money;

/** A grant (tilsagn): the amount committed to an application in a budget year by an approver's decision. */
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

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Grant() {
    }

    public Grant(long applicationId, int budgetYear, Money amount, String decidedBy, Instant decidedAt) {
        this.applicationId = applicationId;
        this.budgetYear = budgetYear;
        this.amount = amount;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
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

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
