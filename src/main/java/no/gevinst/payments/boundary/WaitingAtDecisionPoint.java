package no.gevinst.payments.boundary;

import java.time.Instant;

/** A grant waiting at a decision point: the application, the milestone, and who verified it when. */
public record WaitingAtDecisionPoint(long applicationId, String reference, String title, String municipality,
        int milestoneNumber, String milestoneTitle, String verifiedBy, Instant verifiedAt) {
}
