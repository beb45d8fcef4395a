package no.gevinst.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.applications.entity.SectionProgress.State;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

class SectionProgressTest {

    private static Map<ApplicationSection, SectionProgress> progress(ApplicationContent content, boolean attached) {
        return SectionProgress.of(content, attached).stream()
                .collect(Collectors.toMap(SectionProgress::section, Function.identity()));
    }

    private static Map<ApplicationSection, State> states(ApplicationContent content, boolean attached) {
        return progress(content, attached).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
    }

    @Test
    void everyFieldOfTheFormBelongsToASectionThatCountsWhatItMisses() {
        var missing = ApplicationContent.empty().missing();
        missing.forEach(v -> assertEquals(true, ApplicationSection.of(v.field()) != null, v.field()));
        var progress = progress(ApplicationContent.empty(), false);
        assertEquals(missing.size(), progress.values().stream().mapToInt(SectionProgress::problemCount).sum(),
                "each missing answer counted once, in its section");
        assertEquals(4, progress.get(ApplicationSection.PROJECT).missing().size());
        assertEquals(3, progress.get(ApplicationSection.CONTACT).missing().size(), "the phone may be left out");
        assertEquals(0, progress.get(ApplicationSection.PARTNERS).problemCount());
        assertNull(ApplicationSection.of("version"));
    }

    @Test
    void anEmptyApplicationHasNothingStartedAndACompleteOneEverythingComplete() {
        assertEquals(Arrays.stream(ApplicationSection.values()).collect(Collectors.toMap(s -> s, s -> State.NOT_STARTED)),
                states(ApplicationContent.empty(), false));
        var complete = ApplicationContentTest.complete("1000000.00", "400000.00", "600000.00");
        assertEquals(Arrays.stream(ApplicationSection.values()).collect(Collectors.toMap(s -> s, s -> State.COMPLETE)),
                states(complete, true));
    }

    @Test
    void aSectionPartlyFilledIsInProgressAndAnAnswerThatCannotBeSubmittedIsAnError() {
        var complete = ApplicationContentTest.complete("1000000.00", "400000.00", "500000.00");
        var partly = new ApplicationContent(complete.title(), null, null, null, List.of(), null, null, null, null,
                complete.eligibleCost(), complete.ownContribution(), complete.requestedAmount(),
                complete.plannedStartDate(), complete.plannedOperationDate(), complete.milestones(),
                complete.benefitTargets());
        var states = states(partly, false);
        assertEquals(State.IN_PROGRESS, states.get(ApplicationSection.PROJECT));
        assertEquals(State.NOT_STARTED, states.get(ApplicationSection.CONTACT));
        assertEquals(State.COMPLETE, states.get(ApplicationSection.MONEY));
        SectionProgress milestones = progress(partly, false).get(ApplicationSection.MILESTONES);
        assertEquals(State.HAS_ERRORS, milestones.state(), "900 000 planned of 1 000 000 asked for");
        assertEquals(List.of("validation.application.milestoneSum"),
                milestones.errors().stream().map(v -> v.messageKey()).toList());
        var zero = new ApplicationContent(null, null, null, null, null, null, null, null, null, null, null,
                Money.ZERO, null, null, null, null);
        assertEquals(State.HAS_ERRORS, states(zero, false).get(ApplicationSection.MONEY), "an amount of nothing");
    }

    @Test
    void theSectionsFollowEachOtherAndAreFoundByTheirNames() {
        assertEquals(ApplicationSection.PARTNERS, ApplicationSection.PROJECT.next());
        assertNull(ApplicationSection.ATTACHMENTS.next());
        assertEquals(ApplicationSection.TARGETS, ApplicationSection.named("targets"));
        assertEquals(ApplicationSection.PROJECT, ApplicationSection.named("<script>"));
        assertEquals(ApplicationSection.MILESTONES, ApplicationSection.of("milestones[3].amount"));
        assertEquals(ApplicationSection.TARGETS, ApplicationSection.of("benefitTargets[0].owner"));
    }
}
