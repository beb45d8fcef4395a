package no.gevinst.assessment.entity;

/** What a case handler recommends. */
public enum Outcome {
    GRANT, REJECT
}
