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

    /**
     * The first broken rule, if any, with the step it broke at. With {@code compare} false only the invariants on
     * the system are checked (the model still gives the frames).
     */
    public static Optional<String> run(List<Act> acts, Supplier<ModelWorld> models, Supplier<Subject> subjects,
            boolean compare) {
        ModelWorld model = models.get();
        Subject subject = subjects.get();
        List<Integer> callOf = model.specs.stream().map(ModelWorld.Spec::call).toList();
        for (int step = 0; step < acts.size(); step++) {
            Act act = acts.get(step);
            SystemView before = subject.view();
            String refused;
            try {
                refused = subject.apply(act);
            } catch (RuntimeException | AssertionError e) {
                return Optional.of("step " + step + " " + act + ": the system failed: " + e);
            }
            String modelRefused = model.apply(act);
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
