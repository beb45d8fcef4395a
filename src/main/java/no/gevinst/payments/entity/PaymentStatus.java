package no.gevinst.payments.entity;

/** Proposed by a case handler, approved by another user, sent in a batch; or rejected back to the case handler. */
public enum PaymentStatus {
    PROPOSED, APPROVED, REJECTED, SENT
}
