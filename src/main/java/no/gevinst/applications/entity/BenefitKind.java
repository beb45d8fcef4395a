package no.gevinst.applications.entity;

/** What a benefit target measures. */
public enum BenefitKind {
    QUALITY, TIME_SAVED_HOURS_PER_YEAR, COST_SAVED_NOK_PER_YEAR, OTHER
}
