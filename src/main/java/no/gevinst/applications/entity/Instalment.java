package no.gevinst.applications.entity;

import java.time.LocalDate;
import no.gevinst.platform.entity.Money;

/**
 * One milestone of a payment plan: what is to be done, by when, and the money paid for it. The applicant's plan, the
 * case handler's recommended plan, the grant's and its letter's are lists of these. Any part may be null here: each
 * holder of a plan says what it requires (a draft may be incomplete, a grant letter may not). A recommended plan and
 * a grant's may mark a milestone as a decision point (beslutningspunkt): after it, an approver decides whether the
 * project goes on; an applicant's plan has none.
 */
public record Instalment(String title, LocalDate dueDate, Money amount, boolean decisionPoint) {

    /** A milestone that is not a decision point. */
    public Instalment(String title, LocalDate dueDate, Money amount) {
        this(title, dueDate, amount, false);
    }
}
