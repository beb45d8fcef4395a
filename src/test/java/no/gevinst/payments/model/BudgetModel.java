package no.gevinst.payments.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference model of the frames: calls with their frames, the year's frame as the sum of its calls', and the
 * grants decided under them. Committed = Σ granted − freed − forfeited; a decision fits within its call's frame and
 * within the year's (domain.md, "Money rules"), and four eyes: the approver is not the recommender.
 */
public final class BudgetModel {

    /** A call's frame and year, and the applications to it. */
    public static final class CallModel {
        public final int year;
        public BigDecimal frame;

        CallModel(int year, BigDecimal frame) {
            this.year = year;
            this.frame = frame.setScale(2);
        }
    }

    public final Map<Integer, CallModel> calls = new LinkedHashMap<>();
    public final Map<Integer, GrantModel> grants = new LinkedHashMap<>();
    private final Map<Integer, Integer> callOf = new LinkedHashMap<>();

    public void call(int call, int year, BigDecimal frame) {
        calls.put(call, new CallModel(year, frame));
    }

    public void application(int id, int call, GrantModel grant) {
        grants.put(id, grant);
        callOf.put(id, call);
    }

    public int callOf(int id) {
        return callOf.get(id);
    }

    public BigDecimal callCommitted(int call) {
        return callOf.entrySet().stream().filter(e -> e.getValue() == call).map(e -> grants.get(e.getKey()).committed())
                .reduce(GrantModel.zero(), BigDecimal::add);
    }

    public BigDecimal yearFrame(int year) {
        return calls.values().stream().filter(c -> c.year == year).map(c -> c.frame).reduce(GrantModel.zero(),
                BigDecimal::add);
    }

    public BigDecimal yearCommitted(int year) {
        return calls.entrySet().stream().filter(c -> c.getValue().year == year).map(c -> callCommitted(c.getKey()))
                .reduce(GrantModel.zero(), BigDecimal::add);
    }

    /** The approver's decision to grant: refused under four eyes or when either frame would be exceeded. */
    public void decide(int id, String approver, LocalDate acceptanceDeadline, LocalDate operationDeadline) {
        GrantModel grant = grants.get(id);
        CallModel call = calls.get(callOf(id));
        GrantModel.require(grant.state == GrantModel.State.RECOMMENDED, "decide: " + grant.state);
        GrantModel.require(!approver.equals(grant.recommender), "decide: four eyes");
        GrantModel.require(callCommitted(callOf(id)).add(grant.granted).compareTo(call.frame) <= 0,
                "decide: over the call's frame");
        GrantModel.require(yearCommitted(call.year).add(grant.granted).compareTo(yearFrame(call.year)) <= 0,
                "decide: over the year's frame");
        grant.decided(acceptanceDeadline, operationDeadline);
    }

    /**
     * An approved change of a grant's plan ({@link GrantModel#replan}): a higher amount fits within its call's frame
     * and its year's, as a decision does; a lower one frees the difference.
     */
    public void change(int id, int kind, int days, LocalDate today, BigDecimal maxRequest) {
        GrantModel grant = grants.get(id);
        GrantModel.Replan replan = grant.replan(kind, days, today, maxRequest);
        BigDecimal grows = replan.amount().subtract(grant.granted);
        if (grows.signum() > 0) {
            CallModel call = calls.get(callOf(id));
            GrantModel.require(callCommitted(callOf(id)).add(grows).compareTo(call.frame) <= 0,
                    "change: over the call's frame");
            GrantModel.require(yearCommitted(call.year).add(grows).compareTo(yearFrame(call.year)) <= 0,
                    "change: over the year's frame");
        }
        grant.apply(replan);
    }

    /** An administrator lowers (or raises) a call's frame; never below what the call has committed. */
    public void setFrame(int call, BigDecimal frame) {
        GrantModel.require(frame.compareTo(callCommitted(call)) >= 0, "frame below committed");
        calls.get(call).frame = frame.setScale(2);
    }
}
