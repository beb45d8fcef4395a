package no.gevinst.payments.entity;

/** A batch is gathered (created) and then exported to the bank once (sent). */
public enum BatchStatus {
    CREATED, SENT
}
