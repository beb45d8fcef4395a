package no.gevinst.payments.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a sequence of acts on the system and the model side by side and checks after every step; shrinks a failing
 * sequence to one that still fails (halves first, then single acts).
 */
public final class Runner {

    /** The real code, driven act by act. */
    public interface Subject {
        /** Null if the system did the act, else why it refused. Throws for an answer no act may give (a 5xx). */
        String apply(Act act);

        SystemView view();
    }

    private Runner() {
    }

    /** How often an act was done and refused. */
    public static final class Tally {
        private int done;
        private int refused;

        void count(boolean wasDone) {
            if (wasDone) {
                done++;
            } else {
                refused++;
            }
        }

        @Override
        public String toString() {
            return done + "/" + (done + refused);
        }
    }

    /**
     * The first broken rule, if any, with the step it broke at. With {@code compare} false only the invariants on
     * the system are checked (the model still gives the frames).
     */
    public static Optional<String> run(List<Act> acts, Supplier<ModelWorld> models, Supplier<Subject> subjects,
            boolean compare) {
        return run(acts, models, subjects, compare, new java.util.EnumMap<>(Act.Kind.class));
    }

    /** As {@link #run(List, Supplier, Supplier, boolean)}, counting per kind of act how often the system did it. */
    public static Optional<String> run(List<Act> acts, Supplier<ModelWorld> models, Supplier<Subject> subjects,
            boolean compare, Map<Act.Kind, Tally> tally) {
        return run(acts.size(), (step, model) -> acts.get(step), models, subjects, compare, tally);
    }

    /** What a run did: the acts, for a replay and shrinking, and the first broken rule, if any. */
    public record Outcome(List<Act> acts, Optional<String> failure) {
    }

    /**
     * A run of {@code length} acts drawn from {@code mix} as it goes: most are chosen among the acts the model
     * allows now (so that grants get far along their lifecycle), the rest blindly (so that refusals are tried too).
     */
    public static Outcome explore(Act.Mix mix, java.util.Random random, int length, int grants,
            List<Act.Kind> without, Supplier<ModelWorld> models, Supplier<Subject> subjects, boolean compare,
            Map<Act.Kind, Tally> tally) {
        List<Act> acts = new ArrayList<>();
        int focus = random.nextInt(grants);
        Optional<String> failure = run(length, (step, model) -> {
            Act act = mix.next(random, grants, focus, without, model);
            acts.add(act);
            return act;
        }, models, subjects, compare, tally);
        return new Outcome(acts, failure);
    }

    private static Optional<String> run(int length, java.util.function.BiFunction<Integer, ModelWorld, Act> next,
            Supplier<ModelWorld> models, Supplier<Subject> subjects, boolean compare, Map<Act.Kind, Tally> tally) {
        ModelWorld model = models.get();
        Subject subject = subjects.get();
        List<Integer> callOf = model.specs.stream().map(ModelWorld.Spec::call).toList();
        for (int step = 0; step < length; step++) {
            Act act = next.apply(step, model);
            SystemView before = subject.view();
            String refused;
            try {
                refused = subject.apply(act);
            } catch (RuntimeException | AssertionError e) {
                return Optional.of("step " + step + " " + act + ": the system failed: " + e);
            }
            String modelRefused = model.apply(act);
            tally.computeIfAbsent(act.kind(), k -> new Tally()).count(refused == null);
            if (refused != null && !before.equals(subject.view())) {
                return Optional.of("step " + step + " " + act + " was refused (" + refused + ") but changed "
                        + before + " to " + subject.view());
            }
            if (compare && (refused == null) != (modelRefused == null)) {
                return Optional.of("step " + step + " " + act + ": the system " + (refused == null ? "did it"
                        : "refused (" + refused + ")") + ", the model " + (modelRefused == null ? "does it"
                        : "refuses (" + modelRefused + ")"));
            }
            Map<Integer, BigDecimal> frames = new java.util.TreeMap<>();
            Map<Integer, Integer> yearOfCall = new java.util.TreeMap<>();
            model.budget.calls.forEach((call, c) -> {
                frames.put(call, c.frame);
                yearOfCall.put(call, c.year);
            });
            Optional<String> broken = subject.view().check(compare ? model : null, frames, yearOfCall, callOf);
            if (broken.isPresent()) {
                return Optional.of("after step " + step + " " + act + ": " + broken.get());
            }
        }
        return Optional.empty();
    }

    /** Removes acts, halves first, then one at a time, as long as the sequence still fails. */
    public static List<Act> shrink(List<Act> failing, Supplier<ModelWorld> models, Supplier<Subject> subjects,
            boolean compare) {
        List<Act> current = failing;
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            boolean removed = true;
            while (removed) {
                removed = false;
                for (int from = 0; from + chunk <= current.size(); from += chunk) {
                    List<Act> candidate = new ArrayList<>(current.subList(0, from));
                    candidate.addAll(current.subList(from + chunk, current.size()));
                    if (run(candidate, models, subjects, compare).isPresent()) {
                        current = candidate;
                        removed = true;
                        break;
                    }
                }
            }
        }
        return current;
    }
}
