package no.gevinst.payments.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the system shows of the applications of a run, as either level reads it (the entities, or the REST API), and
 * the checks after every step: the invariants on the system alone, then its agreement with the model, figure by
 * figure and state by state.
 */
public record SystemView(List<Grant> grants, Map<Integer, BigDecimal> yearCommitted) {

    /** An application's status and, once decided, its grant's ledger, milestones and payments. */
    public record Grant(String status, Ledger ledger, List<String> milestones, List<Payment> payments) {
    }

    public record Ledger(BigDecimal granted, BigDecimal paid, BigDecimal withheldOutstanding, BigDecimal released,
            BigDecimal forfeited, BigDecimal notYetDue, BigDecimal freed) {

        List<BigDecimal> figures() {
            return List.of(paid, withheldOutstanding, released, forfeited, notYetDue, freed);
        }
    }

    public record Payment(boolean release, String status, BigDecimal gross, BigDecimal withheld, BigDecimal net) {
        @Override
        public String toString() {
            return (release ? "release " : "") + status + " " + net + (withheld.signum() == 0 ? "" : " (+" + withheld
                    + " withheld)");
        }
    }

    /**
     * The first broken rule, if any: the invariants on what the system shows, then (unless {@code model} is null)
     * whether the system agrees with the model. {@code frames} are the calls' frames; {@code callOf} names each
     * application's call.
     */
    public Optional<String> check(ModelWorld model, Map<Integer, BigDecimal> frames, Map<Integer, Integer> yearOfCall,
            List<Integer> callOf) {
        List<String> broken = new ArrayList<>();
        Map<Integer, BigDecimal> perCall = new java.util.TreeMap<>();
        Map<Integer, BigDecimal> perYear = new java.util.TreeMap<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            if (g.ledger() == null) {
                continue;
            }
            Ledger l = g.ledger();
            if (l.figures().stream().anyMatch(f -> f.signum() < 0)) {
                broken.add("grant " + i + " has a negative figure: " + l);
            }
            BigDecimal sum = l.paid().add(l.withheldOutstanding()).add(l.forfeited()).add(l.notYetDue()).add(l.freed());
            if (sum.compareTo(l.granted()) != 0) {
                broken.add("grant " + i + ": paid + withheld outstanding + forfeited + not yet due + freed = " + sum
                        + " ≠ granted " + l.granted() + ": " + l);
            }
            BigDecimal live = g.payments().stream().filter(p -> !p.status().equals("REJECTED")).map(Payment::net)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (live.compareTo(l.paid()) != 0 || live.compareTo(l.granted()) > 0) {
                broken.add("grant " + i + ": live payments " + live + ", paid " + l.paid() + ", granted " + l.granted()
                        + ": " + g.payments());
            }
            if (g.payments().stream().anyMatch(p -> p.gross().signum() <= 0 || p.withheld().signum() < 0
                    || p.net().signum() < 0)) {
                broken.add("grant " + i + " has a payment of no or negative amount: " + g.payments());
            }
            BigDecimal committed = l.granted().subtract(l.freed()).subtract(l.forfeited());
            perCall.merge(callOf.get(i), committed, BigDecimal::add);
            perYear.merge(yearOfCall.get(callOf.get(i)), committed, BigDecimal::add);
        }
        perCall.forEach((call, committed) -> {
            if (committed.compareTo(frames.get(call)) > 0) {
                broken.add("call " + call + " has committed " + committed + " over its frame " + frames.get(call));
            }
        });
        perYear.forEach((year, committed) -> {
            BigDecimal frame = frames.entrySet().stream().filter(e -> yearOfCall.get(e.getKey()).equals(year))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (committed.compareTo(frame) > 0) {
                broken.add("year " + year + " has committed " + committed + " over its frame " + frame);
            }
            BigDecimal shown = yearCommitted.get(year);
            if (shown != null && shown.compareTo(committed) != 0) {
                broken.add("year " + year + " shows committed " + shown + ", its grants say " + committed);
            }
        });
        if (broken.isEmpty() && model != null) {
            agree(model, broken);
        }
        return broken.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", broken));
    }

    private void agree(ModelWorld model, List<String> broken) {
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            GrantModel m = model.grant(i);
            if (!g.status().equals(m.state.name())) {
                broken.add("grant " + i + " is " + g.status() + ", the model says " + m.state);
                continue;
            }
            if (g.ledger() == null) {
                continue;
            }
            GrantModel.Ledger e = m.ledger();
            Ledger expected = new Ledger(e.granted(), e.paid(), e.withheldOutstanding(), e.released(), e.forfeited(),
                    e.notYetDue(), e.freed());
            if (!same(expected, g.ledger())) {
                broken.add("grant " + i + " ledger " + g.ledger() + ", the model says " + expected);
            }
            List<String> milestones = m.milestones.stream().map(x -> x.state.name()).toList();
            if (!milestones.equals(g.milestones())) {
                broken.add("grant " + i + " milestones " + g.milestones() + ", the model says " + milestones);
            }
            List<String> payments = m.payments.stream().map(p -> new Payment(p.isRelease(), p.state.name(),
                    p.net.add(p.withheld), p.withheld, p.net).toString()).toList();
            if (!payments.equals(g.payments().stream().map(Payment::toString).toList())) {
                broken.add("grant " + i + " payments " + g.payments() + ", the model says " + payments);
            }
        }
        yearCommitted.forEach((year, shown) -> {
            if (shown.compareTo(model.budget.yearCommitted(year)) != 0) {
                broken.add("year " + year + " committed " + shown + ", the model says "
                        + model.budget.yearCommitted(year));
            }
        });
    }

    private static boolean same(Ledger a, Ledger b) {
        return a.granted().compareTo(b.granted()) == 0 && a.paid().compareTo(b.paid()) == 0
                && a.withheldOutstanding().compareTo(b.withheldOutstanding()) == 0
                && a.released().compareTo(b.released()) == 0 && a.forfeited().compareTo(b.forfeited()) == 0
                && a.notYetDue().compareTo(b.notYetDue()) == 0 && a.freed().compareTo(b.freed()) == 0;
    }
}
