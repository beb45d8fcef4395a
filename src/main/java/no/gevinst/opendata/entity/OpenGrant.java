package no.gevinst.opendata.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.platform.entity.Money;

/**
 * A grant as it is published: what was awarded, to which municipality, what was paid and what it achieved, and
 * nothing of any person. The free texts are already cleared of the contact person and of any email address or
 * telephone number ({@link no.gevinst.platform.entity.PublicText}).
 *
 * @param reference the application's reference, which the published id is made from
 * @param operationSince when the project went into operation; null while it has not
 * @param modified the last time anything published here changed
 */
public record OpenGrant(String reference, String title, String description, Money requested, Money awarded,
        LocalDate awardDate, Place recipient, String recipientOrganisationNumber, Integer recipientPopulation,
        Place county, List<Place> partners,
        long callId, String callTitle, int budgetYear, String category, LocalDate plannedStart,
        LocalDate plannedOperation, LocalDate operationSince, List<Disbursement> disbursements,
        List<Benefit> benefits, Instant modified) {

    /** A municipality or a county: its number and name. */
    public record Place(String number, String name) {
    }

    /** A payment that was sent to the bank. */
    public record Disbursement(long paymentId, Money amount, LocalDate sentOn) {
    }

    /** A benefit target and what is realised of it so far (all null while nothing is measured). */
    public record Benefit(String indicator, String kind, String unit, BigDecimal baseline, BigDecimal target,
            LocalDate targetDate, BigDecimal latestValue, LocalDate latestOn, BigDecimal realisedPercent) {
    }

    /** Money actually paid out: the payments sent. */
    public Money disbursed() {
        return disbursements.stream().map(Disbursement::amount).reduce(Money.ZERO, Money::plus);
    }
}
