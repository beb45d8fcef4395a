package no.gevinst.payments.entity;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random sequences of acts over several grants of one budget year. After every step, for every grant,
 * paid + withheld outstanding + forfeited + not yet due + freed = granted, no figure is negative, a refused act
 * changed nothing, the year's committed sum is granted less freed and forfeited, and never above the frame. A
 * failing sequence is shrunk to the shortest that still fails, and printed.
 */
class MoneyRulesPropertyTest {

    private static final int SEQUENCES = 3000;
    private static final Money FRAME = Money.of("2000000.00");
    private static final String[] PLANS = {"333333.33;333333.34;333333.34", "500000.00;250000.01", "0.01;99999.99;0.03",
            "700000.00", "123456.78;234567.89;345678.90;456789.01"};
    private static final String[] WITHHELD = {"20", "12.5", "33.33", "0"};
    private static final String[] PEOPLE = {"saksbehandler1", "saksbehandler2", "godkjenner1", "godkjenner2"};

    enum Kind { DECIDE, REPORT, VERIFY, SEND_BACK, APPROVE, REJECT, REPORT_OPERATION, CONFIRM_OPERATION, CANCEL, EXPIRE, BATCH }

    /** One act: what, on which grant, which of its milestones or payments, by whom. */
    record Act(Kind kind, int grant, int item, int person) {
        @Override
        public String toString() {
            return kind + "(grant " + grant + ", item " + item + ", by " + PEOPLE[person] + ")";
        }
    }

    @Test
    void everyKroneIsInExactlyOnePlaceAfterEveryStepAndTheFrameHolds() {
        for (long seed = 0; seed < SEQUENCES; seed++) {
            List<Act> acts = generate(new Random(seed));
            Optional<String> failure = run(acts);
            if (failure.isPresent()) {
                List<Act> shortest = shrink(acts);
                fail("Seed " + seed + " breaks a money rule: " + run(shortest).orElseThrow() + "\nShortest sequence ("
                        + shortest.size() + " of " + acts.size() + " acts):\n  " + String.join("\n  ",
                                shortest.stream().map(Act::toString).toList()));
            }
        }
    }

    private static List<Act> generate(Random random) {
        List<Act> acts = new ArrayList<>();
        int length = 5 + random.nextInt(60);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < length; i++) {
            // Decisions, reports and verifications are the common acts; ends and batches the rare ones.
            Kind kind = random.nextInt(4) == 0 ? kinds[random.nextInt(kinds.length)]
                    : List.of(Kind.DECIDE, Kind.REPORT, Kind.VERIFY, Kind.APPROVE).get(random.nextInt(4));
            acts.add(new Act(kind, random.nextInt(PLANS.length), random.nextInt(4), random.nextInt(PEOPLE.length)));
        }
        return acts;
    }

    /** Removes acts, halves first, then one at a time, as long as the sequence still fails. */
    private static List<Act> shrink(List<Act> failing) {
        List<Act> current = failing;
        for (int chunk = current.size() / 2; chunk >= 1; chunk /= 2) {
            boolean removed = true;
            while (removed) {
                removed = false;
                for (int from = 0; from + chunk <= current.size(); from += chunk) {
                    List<Act> candidate = new ArrayList<>(current.subList(0, from));
                    candidate.addAll(current.subList(from + chunk, current.size()));
                    if (run(candidate).isPresent()) {
                        current = candidate;
                        removed = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    /** Runs the acts; the first broken rule, if any. */
    private static Optional<String> run(List<Act> acts) {
        BudgetYear year = new BudgetYear(2026);
        Granted[] grants = new Granted[PLANS.length];
        Set<Payment> batched = new HashSet<>();
        for (int step = 0; step < acts.size(); step++) {
            Act act = acts.get(step);
            Granted granted = grants[act.grant()];
            List<Grant.Ledger> before = ledgers(grants);
            Money committedBefore = year.getCommitted();
            boolean refused = false;
            try {
                if (act.kind() == Kind.DECIDE) {
                    if (granted == null) {
                        Granted decided = Granted.of(WITHHELD[act.grant() % WITHHELD.length],
                                Granted.TODAY.plusMonths(6), PLANS[act.grant()].split(";"));
                        year.commit(decided.grant().getAmount(), FRAME);
                        grants[act.grant()] = decided;
                    }
                } else if (granted != null) {
                    refused = !apply(act, granted, year, grants, batched);
                }
            } catch (DomainException | no.gevinst.platform.entity.InvalidInputException | IllegalStateException e) {
                refused = true;
            }
            if (refused && (!before.equals(ledgers(grants)) || !committedBefore.equals(year.getCommitted()))) {
                return Optional.of("step " + step + " " + act + " was refused but changed the money");
            }
            Optional<String> broken = check(grants, year);
            if (broken.isPresent()) {
                return Optional.of("after step " + step + " " + act + ": " + broken.get());
            }
        }
        return Optional.empty();
    }

    /** Applies one act to a decided grant; false when there was nothing to act on. */
    private static boolean apply(Act act, Granted granted, BudgetYear year, Granted[] grants, Set<Payment> batched) {
        Grant grant = granted.grant();
        String person = PEOPLE[act.person()];
        List<GrantMilestone> milestones = grant.getMilestones();
        GrantMilestone milestone = milestones.get(act.item() % milestones.size());
        List<Payment> payments = grant.getPayments();
        Payment payment = payments.isEmpty() ? null : payments.get(act.item() % payments.size());
        switch (act.kind()) {
            case REPORT -> grant.reportMilestone(granted.application(), milestone, Granted.TODAY, "Levert", true,
                    "kommune", Granted.NOW, Granted.TODAY);
            case VERIFY -> grant.verifyMilestone(granted.application(), milestone, person, Granted.NOW);
            case SEND_BACK -> grant.sendBackMilestone(granted.application(), milestone, "Mangler dokumentasjon");
            case APPROVE -> {
                if (payment == null) {
                    return false;
                }
                grant.approvePayment(payment, person, Granted.NOW);
            }
            case REJECT -> {
                if (payment == null) {
                    return false;
                }
                year.free(grant.rejectPayment(granted.application(), payment, person, "Feil", Granted.NOW));
            }
            case REPORT_OPERATION -> grant.reportOperation(granted.application(), Granted.TODAY, "I drift", "kommune",
                    Granted.TODAY, 90);
            case CONFIRM_OPERATION -> grant.confirmOperation(granted.application(), person, Granted.NOW);
            case CANCEL -> year.free(grant.cancel(granted.application(), "Stanset", person, Granted.NOW));
            case EXPIRE -> year.free(grant.expire(granted.application(), LocalDate.of(2030, 1, 1), 90, "system",
                    Granted.NOW));
            case BATCH -> {
                List<Payment> approved = new ArrayList<>();
                for (Granted g : grants) {
                    if (g != null) {
                        g.grant().getPayments().stream()
                                .filter(p -> p.getStatus() == PaymentStatus.APPROVED && !batched.contains(p))
                                .forEach(approved::add);
                    }
                }
                PaymentBatch batch = PaymentBatch.gather(approved, person, Granted.NOW);
                batched.addAll(approved);
                batch.export(b -> new byte[] {1}, "M", person, Granted.NOW, bytes -> "x");
            }
            default -> throw new IllegalArgumentException(act.kind().name());
        }
        return true;
    }

    private static List<Grant.Ledger> ledgers(Granted[] grants) {
        List<Grant.Ledger> ledgers = new ArrayList<>();
        for (Granted granted : grants) {
            ledgers.add(granted == null ? null : granted.grant().ledger());
        }
        return ledgers;
    }

    private static Optional<String> check(Granted[] grants, BudgetYear year) {
        Money committed = Money.ZERO;
        for (int i = 0; i < grants.length; i++) {
            if (grants[i] == null) {
                continue;
            }
            Grant.Ledger ledger = grants[i].grant().ledger();
            if (!ledger.balances()) {
                return Optional.of("grant " + i + " does not balance: " + ledger);
            }
            for (Money figure : List.of(ledger.paid(), ledger.withheldOutstanding(), ledger.released(),
                    ledger.forfeited(), ledger.notYetDue(), ledger.freed())) {
                if (figure.isNegative()) {
                    return Optional.of("grant " + i + " has a negative figure: " + ledger);
                }
            }
            committed = committed.plus(ledger.granted()).minus(ledger.freed()).minus(ledger.forfeited());
        }
        if (!committed.equals(year.getCommitted())) {
            return Optional.of("the year has committed " + year.getCommitted() + ", the grants say " + committed);
        }
        if (year.getCommitted().isGreaterThan(FRAME)) {
            return Optional.of("committed " + year.getCommitted() + " is above the frame " + FRAME);
        }
        return Optional.empty();
    }
}
