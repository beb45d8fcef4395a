package no.gevinst.payments.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.municipalities.entity.County;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.payments.model.Act;
import no.gevinst.payments.model.ModelWorld;
import no.gevinst.payments.model.Runner;
import no.gevinst.payments.model.SystemView;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

/**
 * The money rules proven on the entities: random sequences of every act (decide, accept, decline, the lapse job,
 * report, verify, send back, approve, reject, report and confirm operation, cancel, go and stop at a decision point,
 * the expiry job, close, batch, export, the clock, and, in the walk over the invariants alone, approved changes of
 * the plan, which the reference model does not follow) over five applications of one call with different plans and withheld percentages, in a uniform and
 * three weighted mixes, driven side by side with the reference model of {@code payments.model}. After every step:
 * the invariants on the entities (every figure ≥ 0, paid + withheld outstanding + forfeited + not yet due + freed =
 * granted, live payments = paid ≤ granted, committed = granted − freed − forfeited ≤ frame), a refused act changed
 * nothing, and the entities agree with the model. A failing sequence is shrunk and printed with its mix and seed.
 */
class MoneyRulesModelTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final int ACCEPTANCE_DAYS = 30;
    private static final int GRACE_DAYS = 90;
    private static final int REPORTING_YEARS = 3;
    private static final Money FRAME = Money.of("2500000.00");
    private static final int SEEDS = 400;

    /**
     * Plans, withheld percentages and planned operation dates that differ, and more than the frame holds; decision
     * points (*) after the first milestone, after the second, and after the first and the third.
     */
    private static final List<ModelWorld.Spec> SPECS = List.of(
            new ModelWorld.Spec(1, "20", List.of("333333.33*", "333333.34", "333333.34"), "saksbehandler1", 120),
            new ModelWorld.Spec(1, "12.5", List.of("500000.00", "250000.01"), "saksbehandler1", 60),
            new ModelWorld.Spec(1, "33.33", List.of("0.01", "99999.99*", "0.03"), "saksbehandler1", 200),
            new ModelWorld.Spec(1, "0", List.of("700000.00"), "saksbehandler1", 365),
            new ModelWorld.Spec(1, "20", List.of("123456.78*", "234567.89", "345678.90*", "456789.01"),
                    "saksbehandler1", 30));

    /**
     * Benefit reports are not entities of a grant: {@code Grant.close} leaves the reporting duty to its caller
     * ({@code Benefits.close}), so here the model closes without it (reporting years 0) and nothing is measured.
     */
    private static final List<Act.Kind> NOT_HERE = List.of(Act.Kind.MEASURE);

    @Test
    void theEntitiesAgreeWithTheModelAfterEveryStepOfEveryMix() {
        explore(true);
    }

    /** The invariants alone, without the model: a broken money rule shows as itself, not as a disagreement. */
    @Test
    void theMoneyRulesHoldOnTheEntitiesAloneAfterEveryStep() {
        explore(false);
    }

    private static void explore(boolean compare) {
        long started = System.nanoTime();
        long steps = 0;
        List<String> failures = new ArrayList<>();
        Map<Act.Kind, Runner.Tally> tally = new java.util.EnumMap<>(Act.Kind.class);
        for (Act.Mix mix : Act.mixes()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Random random = new Random(seed * 31 + mix.name().hashCode());
                Runner.Outcome outcome = Runner.explore(mix, random, 40 + random.nextInt(81), SPECS.size(),
                        NOT_HERE, MoneyRulesModelTest::model, Entities::new, compare, tally);
                List<Act> acts = outcome.acts();
                Optional<String> failure = outcome.failure();
                steps += acts.size();
                if (failure.isPresent()) {
                    List<Act> shortest = Runner.shrink(acts, MoneyRulesModelTest::model, Entities::new, compare);
                    failures.add("mix " + mix.name() + ", seed " + seed + ": " + Runner.run(shortest,
                            MoneyRulesModelTest::model, Entities::new, compare).orElseThrow() + "\n  shortest sequence ("
                            + shortest.size() + " of " + acts.size() + " acts):\n    " + String.join("\n    ",
                                    shortest.stream().map(Act::toString).toList()));
                    break;
                }
            }
        }
        System.out.printf("MoneyRulesModelTest (%s): %d steps over %d seeds × %d mixes in %d ms; done/tried %s%n",
                compare ? "model" : "invariants", steps, SEEDS, Act.mixes().size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), tally);
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
        assertTrue(steps >= 100_000, "at least 100 000 steps: " + steps);
    }

    private static ModelWorld model() {
        return new ModelWorld(START, ACCEPTANCE_DAYS, GRACE_DAYS, 0, SPECS).call(1, 2026, FRAME.toString());
    }

    /** The real entities of one run: the applications, their grants, the budget year and the batches. */
    static final class Entities implements Runner.Subject {

        private final BudgetYear year = new BudgetYear(2026);
        private final Application[] applications = new Application[SPECS.size()];
        private final Grant[] grants = new Grant[SPECS.size()];
        private final List<PaymentBatch> unexported = new ArrayList<>();
        private final Set<Payment> batched = Collections.newSetFromMap(new IdentityHashMap<>());
        private LocalDate today = START;
        private Instant now = NOW;
        private long nextId = 1;

        Entities() {
            for (int i = 0; i < SPECS.size(); i++) {
                applications[i] = recommended(SPECS.get(i));
            }
        }

        @Override
        public String apply(Act act) {
            try {
                return act(act);
            } catch (DomainException | InvalidInputException refused) {
                return refused.getClass().getSimpleName() + " " + refused.getMessage();
            } finally {
                identifyMilestones();
            }
        }

        /** Gives each new milestone the id the database would: a change of the plan names milestones by it. */
        private void identifyMilestones() {
            for (Grant grant : grants) {
                if (grant != null) {
                    grant.getMilestones().stream().filter(m -> m.getId() == null).forEach(m -> {
                        try {
                            java.lang.reflect.Field id = no.gevinst.platform.entity.SequencedEntity.class
                                    .getDeclaredField("id");
                            id.setAccessible(true);
                            id.set(m, nextId++);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }

        /**
         * An approved change, as {@code GrantChanges.decide} makes it: refused unless the grant is payable and the
         * change is one its rules allow, then a higher amount committed (refused when the frame has no room) or a
         * lower one freed under the year, then the grant changed.
         */
        private String change(Application application, Grant grant, Act act) {
            if (!application.getStatus().isPayable()) {
                return "not payable";
            }
            List<PlanChange.Line> lines = new ArrayList<>(grant.getMilestones().stream()
                    .filter(GrantMilestone::isUnpaid)
                    .map(m -> new PlanChange.Line(m.getId(), m.getTitle(), m.getDueDate(), m.getAmount())).toList());
            Money step = Money.of(act.days() + "000.00");
            LocalDate operation = null;
            if (lines.isEmpty() && act.item() % 4 != 3) {
                return "nothing unpaid to change";
            }
            switch (act.item() % 4) {
                case 0, 1 -> {
                    PlanChange.Line last = lines.remove(lines.size() - 1);
                    lines.add(new PlanChange.Line(last.milestoneId(), last.title(), last.dueDate(), act.item() % 4 == 0
                            ? last.amount().plus(step) : last.amount().percent(BigDecimal.valueOf(50))));
                }
                case 2 -> lines.remove(lines.size() - 1);
                default -> {
                    lines.add(new PlanChange.Line(null, "Ny milepæl", today.plusDays(act.days()), step));
                    operation = today.plusDays(act.days() + 30L);
                }
            }
            Money amount = lines.stream().map(PlanChange.Line::amount).reduce(PlanChange.verifiedAmount(grant), Money::plus);
            PlanChange change = new PlanChange(amount, operation, lines);
            List<no.gevinst.platform.entity.Violation> wrong = change.violations(grant, application, today);
            if (!wrong.isEmpty()) {
                return "invalid " + wrong;
            }
            Money grows = amount.minus(grant.getAmount());
            if (grows.isPositive()) {
                year.commit(grows, FRAME);
            } else if (grows.isNegative()) {
                year.free(Money.ZERO.minus(grows));
            }
            grant.applyChange(application, change, today);
            return null;
        }

        private String act(Act act) {
            Application application = applications[act.grant()];
            Grant grant = grants[act.grant()];
            if (grant == null && act.kind().ordinal() > Act.Kind.DECIDE.ordinal() && !global(act.kind())) {
                return "not granted";
            }
            switch (act.kind()) {
                case DECIDE -> {
                    if (grant != null || application.getStatus() != no.gevinst.applications.entity.ApplicationStatus.RECOMMENDED) {
                        return "decided";
                    }
                    Money amount = application.getRequestedAmount();
                    year.commit(amount, FRAME);
                    application.grant();
                    ModelWorld.Spec spec = SPECS.get(act.grant());
                    grants[act.grant()] = new Grant(application, amount, application.getMilestones().stream()
                            .map(m -> new Instalment(m.getTitle(), m.getDueDate(), m.getAmount(),
                                    spec.decisionPoint(m.getPosition()))).toList(),
                            act.who(), now, today, ACCEPTANCE_DAYS);
                }
                case ACCEPT -> grant.accept(application, act.who(), now, today);
                case DECLINE -> year.free(grant.decline(application, act.who(), now));
                case LAPSE_JOB -> {
                    for (int i = 0; i < grants.length; i++) {
                        if (grants[i] != null && grants[i].getAnswer().isOverdue(applications[i], today)) {
                            year.free(grants[i].lapse(applications[i], today));
                        }
                    }
                }
                case REPORT -> grant.reportMilestone(application, milestone(grant, act), today, "Levert", true,
                        act.who(), now, today);
                case VERIFY -> grant.verifyMilestone(application, milestone(grant, act), act.who(), now);
                case SEND_BACK -> grant.sendBackMilestone(application, milestone(grant, act), "Mangler dokumentasjon");
                case APPROVE -> {
                    Payment payment = payment(grant, act);
                    if (payment == null) {
                        return "no payment";
                    }
                    grant.approvePayment(payment, act.who(), now);
                }
                case REJECT -> {
                    Payment payment = payment(grant, act);
                    if (payment == null) {
                        return "no payment";
                    }
                    year.free(grant.rejectPayment(application, payment, act.who(), "Feil", now));
                }
                case REPORT_OPERATION -> grant.reportOperation(application, today, "I drift", act.who(), today,
                        GRACE_DAYS);
                case CLOSE -> year.free(grant.close(application, act.who(), now));
                case CONFIRM_OPERATION -> grant.confirmOperation(application, act.who(), now);
                case CANCEL -> year.free(grant.cancel(application, "Stanset", act.who(), now));
                case GO -> grant.goOn(application, milestone(grant, act), "Leverer som planlagt", act.who(), now);
                case STOP -> year.free(grant.stop(application, milestone(grant, act), "Leverer ikke", act.who(), now));
                case EXPIRE_JOB -> {
                    for (int i = 0; i < grants.length; i++) {
                        if (grants[i] != null && grants[i].getOperation().isMissed(applications[i], today, GRACE_DAYS)) {
                            try {
                                year.free(grants[i].expire(applications[i], today, GRACE_DAYS, "system", now));
                            } catch (DomainException notDue) {
                                // the job leaves this grant alone
                            }
                        }
                    }
                }
                case BATCH -> {
                    List<Payment> approved = new ArrayList<>();
                    for (Grant g : grants) {
                        if (g != null) {
                            g.getPayments().stream().filter(p -> p.getStatus() == PaymentStatus.APPROVED
                                    && !batched.contains(p)).forEach(approved::add);
                        }
                    }
                    unexported.add(PaymentBatch.gather(approved, act.who(), now));
                    batched.addAll(approved);
                }
                case EXPORT -> {
                    if (unexported.isEmpty()) {
                        return "no batch";
                    }
                    unexported.remove(act.item() % unexported.size()).export(b -> new byte[] {1}, "M", act.who(),
                            now, bytes -> "x");
                }
                case CLOCK -> {
                    today = today.plusDays(act.days());
                    now = now.plus(Duration.ofDays(act.days()));
                }
                case CHANGE -> {
                    return change(application, grant, act);
                }
                default -> throw new IllegalArgumentException(act.kind().name());
            }
            return null;
        }

        private static boolean global(Act.Kind kind) {
            return EnumSet.of(Act.Kind.LAPSE_JOB, Act.Kind.EXPIRE_JOB, Act.Kind.BATCH, Act.Kind.EXPORT, Act.Kind.CLOCK)
                    .contains(kind);
        }

        private static GrantMilestone milestone(Grant grant, Act act) {
            return grant.getMilestones().get(act.item() % grant.getMilestones().size());
        }

        /** The same choice as the model's: the newest first. */
        private static Payment payment(Grant grant, Act act) {
            List<Payment> payments = grant.getPayments();
            return payments.isEmpty() ? null : payments.get(payments.size() - 1 - act.item() % payments.size());
        }

        @Override
        public SystemView view() {
            List<SystemView.Grant> views = new ArrayList<>();
            for (int i = 0; i < applications.length; i++) {
                Grant grant = grants[i];
                if (grant == null) {
                    views.add(new SystemView.Grant(applications[i].getStatus().name(), null, List.of(), List.of()));
                    continue;
                }
                Ledger l = grant.ledger();
                views.add(new SystemView.Grant(applications[i].getStatus().name(), new SystemView.Ledger(
                        l.granted().amount(), l.paid().amount(), l.withheldOutstanding().amount(),
                        l.released().amount(), l.forfeited().amount(), l.notYetDue().amount(), l.freed().amount()),
                        grant.getMilestones().stream().map(m -> m.getStatus().name()).toList(),
                        grant.getPayments().stream().map(p -> new SystemView.Payment(
                                p.getKind() == PaymentKind.RELEASE, p.getStatus().name(), p.getGross().amount(),
                                p.getWithheld().amount(), p.getNet().amount())).toList()));
            }
            return new SystemView(views, Map.of(2026, year.getCommitted().amount()));
        }
    }

    /** An application of the spec, submitted, assessed and recommended for its plan: ready for the decision. */
    private static Application recommended(ModelWorld.Spec spec) {
        List<Money> amounts = spec.amounts().stream().map(Money::of).toList();
        Money amount = amounts.stream().reduce(Money.ZERO, Money::plus);
        Call call = new Call(new CallTerms(2026, "Utlysning", START.minusMonths(5), START.plusMonths(6),
                FRAME, new BigDecimal(spec.percent()), BigDecimal.valueOf(100), REPORTING_YEARS, null, false,
                EnumSet.of(TechnologyCategory.OTHER), List.of(new CallTerms.Criterion("K", 100))));
        Municipality drammen = new Municipality("3301", "Drammen", "Drammen", new County("33", "Buskerud"), null, null,
                LanguageForm.NEUTRAL, null);
        Application application = new Application(call, drammen, "kommune", NOW, START);
        List<Instalment> plan = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            plan.add(new Instalment("Milepæl " + (i + 1), START.plusMonths(i + 1), amounts.get(i)));
        }
        application.revise(new ApplicationContent("Prosjekt", TechnologyCategory.OTHER, "Sammendrag", "Endring",
                List.of(), "Kari", "kari@drammen.example", null, "86011117947", amount.plus(amount), Money.ZERO,
                amount, START, START.plusDays(spec.operationInDays()), plan,
                List.of(new ApplicationContent.Target("I", BenefitKind.OTHER, "u", BigDecimal.ZERO,
                        START.minusMonths(3), BigDecimal.ONE, START.plusYears(2), "O"))), number -> null);
        application.submit(() -> "HT-2026-0001", NOW, START);
        application.takeForAssessment();
        application.recommend();
        return application;
    }
}
