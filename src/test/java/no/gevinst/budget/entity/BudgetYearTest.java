package no.gevinst.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

/** A decision fits within its own call's frame and within the year's cap, or commits nothing. */
class BudgetYearTest {

    private static final Money YEAR_FRAME = Money.of("1500000.00");

    private static CallFrame call(String frame, String committed) {
        return new CallFrame(7, "Velferdsteknologi 2026", Money.of(frame), Money.of(committed));
    }

    @Test
    void aGrantLargerThanItsCallsRoomIsRefusedThoughTheYearHasRoom() {
        BudgetYear year = new BudgetYear(2026);
        DomainException refused = assertThrows(DomainException.class,
                () -> year.commit(Money.of("600000.00"), YEAR_FRAME, call("500000.00", "0.00")));
        assertEquals("decision.callFrameExceeded", refused.messageKey());
        assertEquals(List.of(Money.of("600000.00").amount(), Money.of("500000.00").amount(), "Velferdsteknologi 2026"),
                List.of(refused.arguments()), "the amount, the call's room left and the call");
        assertEquals(Money.ZERO, year.getCommitted());
    }

    @Test
    void exactlyTheCallsRoomFits() {
        BudgetYear year = new BudgetYear(2026);
        year.commit(Money.of("200000.00"), YEAR_FRAME, call("500000.00", "300000.00"));
        assertEquals(Money.of("200000.00"), year.getCommitted());
        DomainException refused = assertThrows(DomainException.class,
                () -> year.commit(Money.of("0.01"), YEAR_FRAME, call("500000.00", "500000.00")));
        assertEquals("decision.callFrameExceeded", refused.messageKey());
    }

    @Test
    void aGrantThatFitsItsCallButNotTheYearIsRefusedWithTheYearsRoom() {
        BudgetYear year = new BudgetYear(2026);
        year.commit(Money.of("1200000.00"), YEAR_FRAME, call("1500000.00", "0.00"));
        DomainException refused = assertThrows(DomainException.class,
                () -> year.commit(Money.of("400000.00"), YEAR_FRAME, call("700000.00", "0.00")));
        assertEquals("decision.capExceeded", refused.messageKey());
        assertEquals(Money.of("300000.00").amount(), refused.arguments()[1]);
        assertEquals(Money.of("1200000.00"), year.getCommitted());
    }

    /** A year of one call: its frame is the year's, and the refusal is the year's, as it always was. */
    @Test
    void whereNeitherHoldsItTheYearSaysSo() {
        BudgetYear year = new BudgetYear(2026);
        year.commit(Money.of("999000.00"), Money.of("1000000.00"), call("1000000.00", "0.00"));
        DomainException refused = assertThrows(DomainException.class, () -> year.commit(Money.of("37000.00"),
                Money.of("1000000.00"), call("1000000.00", "999000.00")));
        assertEquals("decision.capExceeded", refused.messageKey());
        assertEquals(Money.of("999000.00"), year.getCommitted());
    }

    @Test
    void aCallAlreadyOverItsFrameHasNoRoomNeverLessThanNone() {
        assertEquals(Money.ZERO, call("500000.00", "600000.00").room());
        DomainException refused = assertThrows(DomainException.class,
                () -> new BudgetYear(2026).commit(Money.of("1.00"), YEAR_FRAME, call("500000.00", "600000.00")));
        assertEquals(Money.ZERO.amount(), refused.arguments()[1]);
    }
}
