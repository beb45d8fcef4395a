package no.gevinst.payments.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One act of a random sequence: what, on which application, which of its milestones or payments (taken modulo what
 * there is), by which of the people allowed to do it, and how many days the clock moves for {@link Kind#CLOCK}.
 */
public record Act(Kind kind, int grant, int item, int person, int days) {

    /** Every act of the issue, the two jobs and the clock. */
    public enum Kind {
        DECIDE, ACCEPT, DECLINE, LAPSE_JOB, REPORT, VERIFY, SEND_BACK, APPROVE, REJECT, REPORT_OPERATION,
        CONFIRM_OPERATION, CANCEL, EXPIRE_JOB, MEASURE, CLOSE, BATCH, EXPORT, CLOCK,
        /** The approver's decision at a decision point (issue 24). */
        GO, STOP,
        /**
         * An approved change of the plan (issue 24): a milestone's amount raised or lowered, one removed, or one added
         * with a later operation date.
         */
        CHANGE
    }

    public static final List<String> HANDLERS = List.of("saksbehandler1", "saksbehandler2", "godkjenner1");
    public static final List<String> APPROVERS = List.of("godkjenner1", "godkjenner2");

    /** Who does it: approvers decide, approve, reject and cancel; case handlers (and approvers) verify and confirm. */
    public String who() {
        return switch (kind) {
            case DECIDE, APPROVE, REJECT, CANCEL, BATCH, EXPORT, GO, STOP, CHANGE -> APPROVERS.get(person % APPROVERS.size());
            case VERIFY, SEND_BACK, CONFIRM_OPERATION, CLOSE -> HANDLERS.get(person % HANDLERS.size());
            case ACCEPT, DECLINE, REPORT, REPORT_OPERATION, MEASURE -> "kommune";
            default -> "system";
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CLOCK -> "CLOCK +" + days + " days";
            case LAPSE_JOB, EXPIRE_JOB, BATCH -> kind + " by " + who();
            case EXPORT -> "EXPORT batch #" + item + " by " + who();
            case APPROVE, REJECT -> kind + " grant " + grant + " payment #" + item + " by " + who();
            case REPORT, VERIFY, SEND_BACK, GO, STOP -> kind + " grant " + grant + " milestone #" + item + " by "
                    + who();
            case CHANGE -> "CHANGE grant " + grant + " (" + List.of("raise", "lower", "remove", "add").get(item % 4)
                    + " the last milestone, " + days + ") by " + who();
            default -> kind + " grant " + grant + " by " + who();
        };
    }

    /** A weighting of the kinds of act; {@link #uniform()} gives each the same chance. */
    public record Mix(String name, Map<Kind, Integer> weights) {

        public static Mix uniform() {
            Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                weights.put(kind, 1);
            }
            return new Mix("uniform", weights);
        }

        /** The uniform mix with some kinds weighted up: {@code kind, weight, kind, weight, …}. */
        public static Mix weighted(String name, Object... pairs) {
            Map<Kind, Integer> weights = new EnumMap<>(uniform().weights());
            for (int i = 0; i < pairs.length; i += 2) {
                weights.put((Kind) pairs[i], (Integer) pairs[i + 1]);
            }
            return new Mix(name, weights);
        }

        /**
         * The next act: three times in four the first of up to ten drawn that the model allows now, else one drawn
         * blindly. Most go to the {@code focus} application, so that it gets far along its lifecycle; the rest to
         * any, so that grants also meet in the frames, the jobs and the batches.
         */
        public Act next(Random random, int grants, int focus, List<Kind> without, ModelWorld model) {
            List<Kind> bag = new ArrayList<>();
            weights.forEach((kind, weight) -> {
                if (!without.contains(kind)) {
                    for (int i = 0; i < weight; i++) {
                        bag.add(kind);
                    }
                }
            });
            boolean guided = model != null && random.nextInt(4) != 0;
            List<Act> allowed = new ArrayList<>();
            Act act = null;
            for (int attempt = 0; attempt < (guided ? 10 : 1); attempt++) {
                int grant = random.nextInt(3) == 0 ? random.nextInt(grants) : focus;
                act = new Act(bag.get(random.nextInt(bag.size())), grant, random.nextInt(6), random.nextInt(6),
                        1 + random.nextInt(random.nextInt(4) == 0 ? 400 : 60));
                // The clock is always allowed: it is chosen less, or grants lapse before they are answered.
                if (guided && (act.kind() != Kind.CLOCK || random.nextInt(4) == 0) && effective(act, model)) {
                    allowed.add(act);
                }
            }
            if (!allowed.isEmpty()) {
                act = allowed.get(random.nextInt(allowed.size()));
            }
            return act;
        }
    }

    /** Whether the model allows the act now and, for a job, whether it has something to do. */
    private static boolean effective(Act act, ModelWorld model) {
        ModelWorld tried = model.copy();
        if (tried.apply(act) != null) {
            return false;
        }
        if (act.kind() != Kind.LAPSE_JOB && act.kind() != Kind.EXPIRE_JOB) {
            return true;
        }
        return tried.budget.grants.keySet().stream()
                .anyMatch(i -> tried.grant(i).state != model.grant(i).state);
    }

    /**
     * The mixes every level runs: uniform, and weighted towards payments, towards ends, towards operation, towards
     * decision points.
     */
    public static List<Mix> mixes() {
        return List.of(Mix.uniform(),
                Mix.weighted("paying", Kind.DECIDE, 3, Kind.ACCEPT, 3, Kind.REPORT, 5, Kind.VERIFY, 5, Kind.APPROVE, 4,
                        Kind.REJECT, 3, Kind.BATCH, 2, Kind.EXPORT, 2, Kind.CHANGE, 3),
                Mix.weighted("ending", Kind.DECIDE, 3, Kind.ACCEPT, 3, Kind.REPORT, 3, Kind.VERIFY, 3, Kind.REJECT, 3,
                        Kind.CANCEL, 2, Kind.CLOCK, 3, Kind.EXPIRE_JOB, 3, Kind.LAPSE_JOB, 3),
                Mix.weighted("operation", Kind.DECIDE, 3, Kind.ACCEPT, 3, Kind.REPORT, 4, Kind.VERIFY, 4, Kind.APPROVE,
                        3, Kind.REJECT, 4, Kind.REPORT_OPERATION, 3, Kind.CONFIRM_OPERATION, 4, Kind.MEASURE, 3,
                        Kind.CLOSE, 2, Kind.CLOCK, 2),
                // to reach the decision points, grants are seldom ended any other way here
                Mix.weighted("gates", Kind.DECIDE, 4, Kind.ACCEPT, 4, Kind.REPORT, 6, Kind.VERIFY, 6, Kind.APPROVE, 3,
                        Kind.REJECT, 2, Kind.GO, 6, Kind.STOP, 3,
                        Kind.DECLINE, 0, Kind.LAPSE_JOB, 0, Kind.CANCEL, 0, Kind.EXPIRE_JOB, 0, Kind.CLOSE, 0));
    }
}
