package no.gevinst.applications.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import no.gevinst.applications.boundary.MilestoneRequest;
import no.gevinst.applications.entity.PlannedMilestone;

/** One planned milestone as the municipality's application form holds it, as typed. */
public class MilestoneRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private LocalDate dueDate;
    private BigDecimal amount;

    /** A new, empty row. */
    public MilestoneRow() {
    }

    protected MilestoneRow(String title, LocalDate dueDate, BigDecimal amount) {
        this.title = title;
        this.dueDate = dueDate;
        this.amount = amount;
    }

    /** A row showing a planned milestone. */
    public static MilestoneRow of(PlannedMilestone planned) {
        return new MilestoneRow(planned.getTitle(), planned.getDueDate(),
                planned.getAmount() == null ? null : planned.getAmount().amount());
    }

    /** Whether nothing has been typed in the row. */
    public boolean isBlank() {
        return (title == null || title.isBlank()) && dueDate == null && amount == null;
    }

    /** The row as the API's request for a milestone says it, to be read the same way. */
    public MilestoneRequest request() {
        var request = new MilestoneRequest();
        request.title = title;
        request.dueDate = dueDate;
        request.amount = Objects.toString(amount, null);
        return request;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
