package no.gevinst.calls.entity;

import java.util.List;

/**
 * A revision is about to change the criteria of a call, fired in the revising transaction before the change: the
 * component that holds scores against them observes it and refuses the revision, by throwing, when any are scored.
 */
public record CriteriaChanging(long callId, List<Long> criteria) {
}
