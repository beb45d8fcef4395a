package no.gevinst.applications.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.gevinst.platform.entity.Violation;

/**
 * How far one section of an application has come, as its task list shows it: what is still missing there before
 * the application can be submitted, and what is filled in but wrong (milestones that do not add up to the amount
 * asked for, an amount of zero). The rules are those of submission ({@link ApplicationContent#missing}), sorted by
 * section.
 */
public record SectionProgress(ApplicationSection section, State state, List<Violation> missing,
        List<Violation> errors) {

    /** From the start of a section to its end. */
    public enum State {
        NOT_STARTED, IN_PROGRESS, COMPLETE, HAS_ERRORS
    }

    /** A field left empty, rather than an answer that is wrong. */
    private static final Set<String> EMPTY = Set.of("validation.required", "validation.application.noMilestone",
            "validation.application.noBenefitTarget");

    public SectionProgress {
        missing = List.copyOf(missing);
        errors = List.copyOf(errors);
    }

    /** Every section's progress, in the form's order. */
    public static List<SectionProgress> of(ApplicationContent content, boolean hasAttachments) {
        List<Violation> problems = content.missing();
        return Arrays.stream(ApplicationSection.values()).map(section -> {
            List<Violation> here = problems.stream()
                    .filter(v -> ApplicationSection.of(v.field()) == section).toList();
            List<Violation> missing = here.stream().filter(v -> EMPTY.contains(v.messageKey())).toList();
            List<Violation> errors = here.stream().filter(v -> !EMPTY.contains(v.messageKey())).toList();
            State state = !errors.isEmpty() ? State.HAS_ERRORS
                    : !section.isStarted(content, hasAttachments) ? State.NOT_STARTED
                    : missing.isEmpty() ? State.COMPLETE : State.IN_PROGRESS;
            return new SectionProgress(section, state, missing, errors);
        }).toList();
    }

    /** What must change here before submission: the missing and the wrong together. */
    public int problemCount() {
        return missing.size() + errors.size();
    }
}
