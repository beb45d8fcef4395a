package no.gevinst.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.platform.entity.DomainException;

/** The municipality's answer to a grant: the deadline to accept it by, and who accepted or declined it, when. */
@Embeddable
public class GrantAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "acceptance_deadline")
    private LocalDate deadline;

    private String answeredBy;

    private Instant answeredAt;

    protected GrantAnswer() {
    }

    GrantAnswer(LocalDate deadline) {
        this.deadline = deadline;
    }

    void accept(Application application, String username, Instant now, LocalDate today) {
        if (isOverdue(application, today)) {
            throw new DomainException("grant.acceptanceDeadlinePassed", deadline);
        }
        application.accept();
        answered(username, now);
    }

    void decline(Application application, String username, Instant now) {
        application.lapse();
        answered(username, now);
    }

    /** Whether the acceptance deadline has passed without an answer. */
    public boolean isOverdue(Application application, LocalDate today) {
        return application.getStatus() == ApplicationStatus.GRANTED && today.isAfter(deadline);
    }

    void lapse(Application application, LocalDate today) {
        if (!isOverdue(application, today)) {
            throw new DomainException("grant.notOverdue", deadline);
        }
        application.lapse();
    }

    private void answered(String username, Instant now) {
        this.answeredBy = username;
        this.answeredAt = now;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    /** Null until answered. */
    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
