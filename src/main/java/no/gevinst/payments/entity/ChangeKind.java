package no.gevinst.payments.entity;

/** What a change of a grant's plan changes (labels {@code changeKind.NAME} in the bundles). */
public enum ChangeKind {
    NEW_DUE_DATES,
    NEW_OPERATION_DATE,
    MOVED_AMOUNTS,
    ADDED_MILESTONES,
    REMOVED_MILESTONES,
    RENAMED_MILESTONES,
    REORDERED_MILESTONES,
    LOWER_GRANT,
    HIGHER_GRANT
}
