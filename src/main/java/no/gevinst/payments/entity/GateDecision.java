package no.gevinst.payments.entity;

/** An approver's decision at a decision point: the project goes on, or the grant is stopped there. */
public enum GateDecision {
    GO, STOP
}
