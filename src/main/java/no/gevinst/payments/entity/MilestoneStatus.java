package no.gevinst.payments.entity;

/**
 * Where a grant's milestone is: planned, reported by the municipality, verified (and so paid), freed, or removed from
 * the plan by an approved change (its amount moved to other milestones or given back; it counts nowhere).
 */
public enum MilestoneStatus {
    PLANNED, REPORTED, VERIFIED, FREED, REMOVED
}
