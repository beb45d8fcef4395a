package no.gevinst.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.SequencedEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of change of a grant's plan on the entities: what it is taken to change, what the rules refuse, and
 * that what is verified stays as it was while every krone of the (new) amount is still in exactly one place.
 */
class PlanChangeTest {

    private static final LocalDate LATER = Granted.TODAY.plusMonths(8);

    private Granted granted;

    @BeforeEach
    void aGrantOfThreeMilestonesTheFirstVerified() throws ReflectiveOperationException {
        granted = Granted.of("20", Granted.TODAY.plusYears(1), "100000.00", "200000.00", "300000.00");
        long id = 101;
        for (GrantMilestone milestone : granted.grant().getMilestones()) {
            identify(milestone, id++);
        }
        granted.verify(0, "saksbehandler1");
    }

    private static void identify(SequencedEntity entity, long id) throws ReflectiveOperationException {
        Field field = SequencedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    private static PlanChange.Line line(long id, String amount, LocalDate due) {
        return new PlanChange.Line(id, "Milepæl " + (id - 100), due, Money.of(amount));
    }

    private GrantMilestone milestone(int index) {
        return granted.milestone(index);
    }

    private List<String> violations(PlanChange change) {
        return change.violations(granted.grant(), granted.application(), Granted.TODAY).stream()
                .map(v -> v.field() + " " + v.messageKey()).toList();
    }

    private Money apply(PlanChange change) {
        return granted.grant().applyChange(granted.application(), change, Granted.TODAY);
    }

    private void assertBalancedAndVerifiedUntouched() {
        Ledger ledger = granted.grant().ledger();
        assertTrue(ledger.balances(), ledger.toString());
        assertEquals(Money.of("100000.00"), milestone(0).getAmount(), "the verified milestone as it was");
        assertEquals(MilestoneStatus.VERIFIED, milestone(0).getStatus());
        assertEquals(Money.of("80000.00"), ledger.paid(), "what was paid as it was");
    }

    @Test
    void movingAmountsBetweenMilestonesKeepsTheTotal() {
        PlanChange change = new PlanChange(null, null, List.of(line(102, "250000.00", milestone(1).getDueDate()),
                line(103, "250000.00", milestone(2).getDueDate())));
        assertEquals(Set.of(ChangeKind.MOVED_AMOUNTS), change.kinds(granted.grant()));
        assertEquals(Money.ZERO, apply(change));
        assertEquals(List.of("100000.00", "250000.00", "250000.00"), granted.grant().getMilestones().stream()
                .map(m -> m.getAmount().toString()).toList());
        assertEquals(Money.of("600000.00"), granted.grant().getAmount());
        assertBalancedAndVerifiedUntouched();
    }

    @Test
    void withoutANewAmountTheTotalMustStayTheSame() {
        PlanChange change = new PlanChange(null, null, List.of(line(102, "250000.00", LATER),
                line(103, "300000.00", LATER)));
        assertEquals(List.of("milestones validation.change.totalUnchanged"), violations(change));
        assertThrows(InvalidInputException.class, () -> apply(change));
        assertEquals(Money.of("200000.00"), milestone(1).getAmount(), "refused: nothing changed");
    }

    @Test
    void aLowerGrantGivesTheDifferenceBack() {
        PlanChange change = new PlanChange(Money.of("500000.00"), null, List.of(
                line(102, "200000.00", milestone(1).getDueDate()), line(103, "200000.00", milestone(2).getDueDate())));
        assertEquals(Set.of(ChangeKind.LOWER_GRANT, ChangeKind.MOVED_AMOUNTS), change.kinds(granted.grant()));
        assertEquals(Money.of("-100000.00"), apply(change));
        assertEquals(Money.of("500000.00"), granted.grant().ledger().granted());
        assertEquals(Money.of("400000.00"), granted.grant().ledger().notYetDue());
        assertBalancedAndVerifiedUntouched();
    }

    @Test
    void aHigherGrantAddsAMilestoneUpToTheShareOfTheEligibleCost() {
        PlanChange tooMuch = new PlanChange(Money.of("1200000.01"), null, List.of(
                line(102, "200000.00", LATER), line(103, "300000.00", LATER),
                new PlanChange.Line(null, "Utvidelse", LATER, Money.of("600000.01"))));
        assertEquals(List.of("amount validation.change.aboveShare"), violations(tooMuch),
                "the application's eligible cost is 1 200 000, all of it eligible here");

        PlanChange change = new PlanChange(Money.of("700000.00"), null, List.of(
                line(102, "200000.00", milestone(1).getDueDate()), line(103, "300000.00", milestone(2).getDueDate()),
                new PlanChange.Line(null, "Utvidelse til to sjukeheimar", LATER, Money.of("100000.00"))));
        assertEquals(Set.of(ChangeKind.HIGHER_GRANT, ChangeKind.ADDED_MILESTONES), change.kinds(granted.grant()));
        assertEquals(Money.of("100000.00"), apply(change));
        GrantMilestone added = granted.grant().getMilestones().get(3);
        assertEquals(List.of("Utvidelse til to sjukeheimar", "PLANNED", "3"), List.of(added.getTitle(),
                added.getStatus().name(), String.valueOf(added.getPosition())));
        assertBalancedAndVerifiedUntouched();
    }

    @Test
    void removingAMilestoneAndMovingADateKeepsItsReportButCountsItNowhere() {
        granted.grant().reportMilestone(granted.application(), milestone(1), Granted.TODAY, "Delvis levert", true,
                "kommune", Granted.NOW, Granted.TODAY);
        PlanChange change = new PlanChange(Money.of("400000.00"), null, List.of(line(103, "300000.00", LATER)));
        assertEquals(Set.of(ChangeKind.LOWER_GRANT, ChangeKind.REMOVED_MILESTONES, ChangeKind.NEW_DUE_DATES),
                change.kinds(granted.grant()));
        apply(change);
        GrantMilestone removed = granted.grant().getMilestones().stream()
                .filter(m -> m.getId() == 102L).findFirst().orElseThrow();
        assertEquals(List.of("REMOVED", "Delvis levert"), List.of(removed.getStatus().name(),
                removed.getDescription()));
        assertEquals(List.of(101L, 103L, 102L), granted.grant().getMilestones().stream().map(GrantMilestone::getId)
                .toList(), "the verified first, then the plan's, the removed last");
        assertEquals(LATER, milestone(1).getDueDate());
        assertBalancedAndVerifiedUntouched();
    }

    @Test
    void aVerifiedMilestoneIsNeverPartOfAChange() {
        PlanChange change = new PlanChange(null, null, List.of(line(101, "100000.00", LATER),
                line(102, "200000.00", LATER), line(103, "300000.00", LATER)));
        assertEquals(List.of("milestones[0].id validation.change.milestoneVerified"), violations(change));
        PlanChange twice = new PlanChange(null, null, List.of(line(102, "200000.00", LATER),
                line(102, "300000.00", LATER)));
        assertEquals(List.of("milestones[1].id validation.change.milestoneTwice"), violations(twice));
    }

    @Test
    void aNewOperationDateMovesTheDeadlineButNeverIntoThePast() {
        assertEquals(List.of("plannedOperationDate validation.change.operationDateInPast"),
                violations(new PlanChange(null, Granted.TODAY.minusDays(1), null)));
        PlanChange later = new PlanChange(null, Granted.TODAY.plusYears(2), null);
        assertEquals(Set.of(ChangeKind.NEW_OPERATION_DATE), later.kinds(granted.grant()));
        apply(later);
        assertEquals(Granted.TODAY.plusYears(2), granted.grant().getOperation().getDeadline());
        assertBalancedAndVerifiedUntouched();
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        PlanChange same = new PlanChange(Money.of("600000.00"), granted.grant().getOperation().getDeadline(), List.of(
                line(102, "200000.00", milestone(1).getDueDate()), line(103, "300000.00", milestone(2).getDueDate())));
        assertEquals(List.of("milestones validation.change.nothing"), violations(same));
    }
}
