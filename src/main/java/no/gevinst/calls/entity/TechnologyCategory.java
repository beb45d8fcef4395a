package no.gevinst.calls.entity;

/** The kinds of health technology a call can offer grants for. Labels are in the bundles as {@code category.NAME}. */
public enum TechnologyCategory {
    ELECTRONIC_PATIENT_RECORD,
    WELFARE_TECHNOLOGY,
    DIGITAL_HOME_FOLLOW_UP,
    DATA_SHARING,
    OTHER
}
