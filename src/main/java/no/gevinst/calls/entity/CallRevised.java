package no.gevinst.calls.entity;

/**
 * A call was revised, fired in the revising transaction after the change: the components that hold what was
 * committed against its frame observe it and refuse the revision, by throwing, when the frame no longer holds it.
 *
 * @param budgetYearBefore the call's budget year before the revision (a revision may move it to another year)
 */
public record CallRevised(long callId, int budgetYear, int budgetYearBefore) {
}
