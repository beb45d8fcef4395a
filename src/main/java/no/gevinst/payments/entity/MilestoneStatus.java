package no.gevinst.payments.entity;

/** Where a grant's milestone is: planned, reported by the municipality, verified (and so paid), or freed. */
public enum MilestoneStatus {
    PLANNED, REPORTED, VERIFIED, FREED
}
