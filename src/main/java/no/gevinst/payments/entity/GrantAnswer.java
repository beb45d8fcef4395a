package no.gevinst.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

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

    boolean isPastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }

    void answered(String username, Instant now) {
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
