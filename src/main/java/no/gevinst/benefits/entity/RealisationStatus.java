package no.gevinst.benefits.entity;

/** How a benefit target is doing against the straight path from the operation date to its target date. */
public enum RealisationStatus {
    ACHIEVED, ON_TRACK, BEHIND, NOT_REPORTED
}
