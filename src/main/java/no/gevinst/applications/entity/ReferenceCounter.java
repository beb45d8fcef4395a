package no.gevinst.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The last reference number given out in a budget year. Locked by the submitting transaction, so numbers are
 * sequential and, because a rolled-back submission rolls back its number too, gap-free.
 */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "budget_year")
    private int budgetYear;

    private int lastNumber;

    protected ReferenceCounter() {
    }

    public ReferenceCounter(int budgetYear) {
        this.budgetYear = budgetYear;
    }

    /** The next reference, {@code HT-2026-0001} for the first of 2026. */
    public String next() {
        lastNumber++;
        return "HT-%d-%04d".formatted(budgetYear, lastNumber);
    }
}
