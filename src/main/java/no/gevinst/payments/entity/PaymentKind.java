package no.gevinst.payments.entity;

/** A payment pays a verified milestone (less the withheld part) or releases the withheld money at operation. */
public enum PaymentKind {
    MILESTONE, RELEASE
}
