package no.gevinst.payments.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's side of a run: the budget model, the clock, the payment batches, and how an {@link Act} applies to
 * them. {@link #apply} answers null when the rules allow the act, or why they refuse it (and then nothing changed).
 */
public final class ModelWorld {

    /**
     * An application recommended for a grant: its call, withheld %, plan, recommender, and its planned operation
     * date (the grant's operation deadline) in days from the start. A milestone of the plan written with a trailing
     * {@code *} ("250000.00*") is a decision point.
     */
    public record Spec(int call, String percent, List<String> plan, String recommender, int operationInDays) {

        public List<BigDecimal> amounts() {
            return plan.stream().map(m -> new BigDecimal(m.replace("*", ""))).toList();
        }

        public boolean decisionPoint(int milestone) {
            return plan.get(milestone).endsWith("*");
        }
    }

    public final BudgetModel budget = new BudgetModel();
    public final int acceptanceDays;
    public final int graceDays;
    public final int reportingYears;
    public final List<Spec> specs;
    public final LocalDate start;
    public LocalDate today;
    public final List<List<GrantModel.Payment>> unexported = new ArrayList<>();
    public BigDecimal maxCostSharePercent = BigDecimal.valueOf(100);

    public ModelWorld(LocalDate today, int acceptanceDays, int graceDays, int reportingYears, List<Spec> specs) {
        this.start = today;
        this.today = today;
        this.acceptanceDays = acceptanceDays;
        this.graceDays = graceDays;
        this.reportingYears = reportingYears;
        this.specs = specs;
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            GrantModel grant = new GrantModel(new BigDecimal(spec.percent()), spec.recommender(), spec.amounts());
            for (int m = 0; m < spec.plan().size(); m++) {
                grant.milestones.get(m).decisionPoint = spec.decisionPoint(m);
            }
            budget.application(i, spec.call(), grant);
        }
    }

    /** A call of {@code year} with its frame; the year's frame is the sum of its calls'. */
    public ModelWorld call(int call, int year, String frame) {
        budget.call(call, year, new BigDecimal(frame));
        return this;
    }

    /**
     * The most the application may be granted: its eligible cost (twice what it asked for, in every run here) times
     * the call's maximum share ({@link #maxCostSharePercent}).
     */
    public BigDecimal maxRequest(int i) {
        BigDecimal eligible = specs.get(i).amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(2));
        return eligible.multiply(maxCostSharePercent).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    /** The calls' maximum share of the eligible cost; 100 unless a run says otherwise. */
    public ModelWorld maxCostShare(String percent) {
        this.maxCostSharePercent = new BigDecimal(percent);
        return this;
    }

    public GrantModel grant(int i) {
        return budget.grants.get(i);
    }

    /** The planned operation date the application gave: its grant's operation deadline. */
    public LocalDate operationDeadline(int i) {
        return start.plusDays(specs.get(i).operationInDays());
    }

    /** A copy to try an act on: the same state, nothing shared that an act changes. */
    public ModelWorld copy() {
        ModelWorld copy = new ModelWorld(start, acceptanceDays, graceDays, reportingYears, specs);
        copy.today = today;
        copy.maxCostSharePercent = maxCostSharePercent;
        budget.calls.forEach((c, call) -> copy.call(c, call.year, call.frame.toPlainString()));
        Map<GrantModel.Payment, GrantModel.Payment> payments = new IdentityHashMap<>();
        budget.grants.forEach((i, g) -> g.copyInto(copy.grant(i), payments));
        unexported.forEach(batch -> copy.unexported.add(batch.stream().map(payments::get).toList()));
        return copy;
    }

    /** Null if done, else the rule that refused it. */
    public String apply(Act act) {
        try {
            act(act);
            return null;
        } catch (GrantModel.Refused refused) {
            return refused.getMessage();
        }
    }

    private void act(Act act) {
        GrantModel grant = grant(act.grant());
        int milestone = act.item() % grant.milestones.size();
        switch (act.kind()) {
            case DECIDE -> budget.decide(act.grant(), act.who(), today.plusDays(acceptanceDays),
                    operationDeadline(act.grant()));
            case ACCEPT -> grant.accept(today);
            case DECLINE -> grant.decline();
            case LAPSE_JOB -> budget.grants.values().forEach(g -> g.lapseIfDue(today));
            case REPORT -> grant.report(milestone);
            case VERIFY -> grant.verify(milestone, act.who());
            case SEND_BACK -> grant.sendBack(milestone);
            case APPROVE -> grant.approve(payment(grant, act), act.who());
            case REJECT -> grant.reject(payment(grant, act));
            case REPORT_OPERATION -> grant.reportOperation(today, graceDays);
            case CONFIRM_OPERATION -> grant.confirmOperation(act.who());
            case CANCEL -> grant.cancel();
            case GO -> grant.goOn(milestone, act.who());
            case STOP -> grant.stop(milestone, act.who());
            case EXPIRE_JOB -> budget.grants.values().forEach(g -> g.expireIfDue(today, graceDays));
            case MEASURE -> {
                GrantModel.require(grant.operationReportedOn != null && (GrantModel.RUNNING.contains(grant.state)
                        || grant.state == GrantModel.State.OPERATIONAL), "measure: no operation");
                grant.measurements.add(today);
            }
            case CLOSE -> grant.close(today, reportingYears);
            case BATCH -> {
                List<GrantModel.Payment> approved = budget.grants.values().stream()
                        .flatMap(g -> g.approvedUnbatched().stream()).toList();
                GrantModel.require(!approved.isEmpty(), "batch: nothing approved");
                approved.forEach(p -> p.batched = true);
                unexported.add(approved);
            }
            case EXPORT -> {
                GrantModel.require(!unexported.isEmpty(), "export: no batch");
                unexported.remove(act.item() % unexported.size()).forEach(p -> p.state = GrantModel.PaymentState.SENT);
            }
            case CLOCK -> today = today.plusDays(act.days());
            case CHANGE -> budget.change(act.grant(), act.item() % 4, act.days(), today, maxRequest(act.grant()));
            default -> throw new IllegalArgumentException(act.kind().name());
        }
    }

    private static int payment(GrantModel grant, Act act) {
        GrantModel.require(!grant.payments.isEmpty(), "no payment");
        return grant.payments.size() - 1 - act.item() % grant.payments.size(); // the newest first
    }
}
