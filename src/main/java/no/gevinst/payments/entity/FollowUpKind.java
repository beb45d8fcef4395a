package no.gevinst.payments.entity;

/** What a letter after the grant letter decides (its title is {@code followUpKind.NAME} in the bundles). */
public enum FollowUpKind {
    /** The project goes on after a decision point. */
    DECISION_POINT_GO,
    /** The grant is stopped at a decision point. */
    DECISION_POINT_STOP,
    /** A change of the plan approved: the addendum to the grant letter. */
    CHANGE_APPROVED,
    /** A change of the plan refused. */
    CHANGE_REJECTED
}
