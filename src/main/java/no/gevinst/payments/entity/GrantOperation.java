package no.gevinst.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.platform.entity.DomainException;

/**
 * A grant's project in operation (i drift): the deadline it must be in operation by, what the municipality reported,
 * and which case handler confirmed it. A report stops the deadline's clock while it waits for confirmation.
 */
@Embeddable
public class GrantOperation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "operation_deadline")
    private LocalDate deadline;

    @Column(name = "in_operation_since")
    private LocalDate since;

    @Column(name = "operation_description")
    private String description;

    @Column(name = "operation_reported_by")
    private String reportedBy;

    @Column(name = "operation_confirmed_by")
    private String confirmedBy;

    @Column(name = "operation_confirmed_at")
    private Instant confirmedAt;

    protected GrantOperation() {
    }

    GrantOperation(LocalDate deadline) {
        this.deadline = deadline;
    }

    /**
     * The municipality's report, which a case handler then confirms. A report stops the deadline's clock, so it is
     * refused once the deadline and the grace period have passed: the grant expires at the next run of the job. Until
     * then a report may be made again, replacing the last; after that the report made in time stands, so that its
     * operation date cannot move past the deadline.
     */
    void report(LocalDate inOperationSince, String whatIsInOperation, String username, LocalDate today,
            int graceDays) {
        if (deadline != null && today.isAfter(deadline.plusDays(graceDays))) {
            throw new DomainException("operation.deadlinePassed", deadline.plusDays(graceDays));
        }
        OperationReport report = OperationReport.of(inOperationSince, whatIsInOperation, today);
        this.since = report.since();
        this.description = report.description();
        this.reportedBy = username;
    }

    /** An approved change moves the planned operation date, and with it the deadline. */
    void reschedule(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    void requireReported() {
        if (since == null) {
            throw new DomainException("operation.notReported");
        }
    }

    /** After {@link #requireReported}: the grant checks its payments between the two. */
    void confirm(String caseHandler, Instant now) {
        this.confirmedBy = caseHandler;
        this.confirmedAt = now;
    }

    public boolean isReported() {
        return since != null;
    }

    /**
     * Whether the grant runs and the deadline and the grace period after it passed without a report: a report (which
     * can only be made in time) stops the clock while it waits for the case handler.
     */
    public boolean isMissed(Application application, LocalDate today, int graceDays) {
        return application.getStatus().isRunning() && since == null && deadline != null
                && today.isAfter(deadline.plusDays(graceDays));
    }

    /**
     * Benefit measurements are reported from the operation report on: while it waits for confirmation, and while
     * the project is operational.
     */
    public boolean acceptsMeasurements(Application application) {
        return application.getStatus() == ApplicationStatus.OPERATIONAL
                || application.getStatus().isRunning() && isReported();
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    /** The day the project went into operation, as reported; null until reported. */
    public LocalDate getSince() {
        return since;
    }

    public String getDescription() {
        return description;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
