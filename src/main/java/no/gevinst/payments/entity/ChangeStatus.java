package no.gevinst.payments.entity;

/**
 * Where a change request is: asked for by the municipality, recommended by a case handler (to approve or reject),
 * decided by an approver, or withdrawn by the municipality before the decision (labels {@code changeStatus.NAME}).
 */
public enum ChangeStatus {
    REQUESTED, RECOMMENDED, APPROVED, REJECTED, WITHDRAWN;

    /** Not yet decided nor withdrawn: the grant has at most one such request at a time. */
    public boolean isOpen() {
        return this == REQUESTED || this == RECOMMENDED;
    }
}
