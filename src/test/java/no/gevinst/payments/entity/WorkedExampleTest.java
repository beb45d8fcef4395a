package no.gevinst.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import org.junit.jupiter.api.Test;

/** The worked example of docs/payments.md, to the øre. */
class WorkedExampleTest {

    private static Granted grant() {
        return Granted.of("20", Granted.TODAY.plusYears(1), "333333.33", "333333.34", "333333.34");
    }

    @Test
    void threeMilestonesWithTwentyPercentWithheldThenOperationReleasesTheWithheldMoney() {
        Granted granted = grant();
        Grant grant = granted.grant();
        assertEquals(Money.of("1000000.01"), grant.getAmount());

        List<Payment> payments = List.of(granted.verify(0, "saksbehandler1"), granted.verify(1, "saksbehandler1"),
                granted.verify(2, "saksbehandler1"));
        assertEquals(List.of("66666.67", "66666.67", "66666.67"), payments.stream().map(p -> p.getWithheld().toString()).toList(),
                "20 % of 333 333.33 is 66 666.666, of 333 333.34 it is 66 666.668: both half-up to 66 666.67");
        assertEquals(List.of("266666.66", "266666.67", "266666.67"), payments.stream().map(p -> p.getNet().toString()).toList());
        assertEquals(ApplicationStatus.IN_PROGRESS, granted.application().getStatus());
        Ledger afterMilestones = grant.ledger();
        assertEquals(Money.of("800000.00"), afterMilestones.paid());
        assertEquals(Money.of("200000.01"), afterMilestones.withheldOutstanding());
        assertEquals(Money.ZERO, afterMilestones.notYetDue());
        assertTrue(afterMilestones.balances());

        grant.reportOperation(granted.application(), Granted.TODAY, "I drift på alle sykehjem", "kommune", Granted.TODAY,
                90);
        DomainException undecided = assertThrows(DomainException.class,
                () -> grant.confirmOperation(granted.application(), "saksbehandler2", Granted.NOW));
        assertEquals("operation.paymentsUndecided", undecided.messageKey(),
                "the release waits until no payment with a withheld part can still be rejected");
        payments.forEach(p -> grant.approvePayment(p, "godkjenner1", Granted.NOW));
        Payment release = grant.confirmOperation(granted.application(), "saksbehandler2", Granted.NOW).orElseThrow();
        assertEquals(PaymentKind.RELEASE, release.getKind());
        assertEquals(Money.of("200000.01"), release.getNet(), "all the withheld money, in one payment");
        assertEquals(ApplicationStatus.OPERATIONAL, granted.application().getStatus());
        Ledger atOperation = grant.ledger();
        assertEquals(new Ledger(Money.of("1000000.01"), Money.of("1000000.01"), Money.ZERO, Money.of("200000.01"),
                Money.ZERO, Money.ZERO, Money.ZERO), atOperation);
        assertTrue(atOperation.balances());
    }

    @Test
    void theSameGrantCancelledAfterTwoMilestonesForfeitsTheWithheldMoneyAndFreesTheThird() {
        Granted granted = grant();
        Grant grant = granted.grant();
        granted.verify(0, "saksbehandler1");
        granted.verify(1, "saksbehandler1");

        Money backToFrame = grant.cancel(granted.application(), "Prosjektet er stanset", "godkjenner1", Granted.NOW);
        Ledger ledger = grant.ledger();
        assertEquals(Money.of("533333.33"), ledger.paid(), "266 666.66 + 266 666.67");
        assertEquals(Money.of("133333.34"), ledger.forfeited(), "the two milestones' withheld parts");
        assertEquals(Money.of("333333.34"), ledger.freed(), "the third milestone");
        assertEquals(Money.ZERO, ledger.withheldOutstanding());
        assertEquals(Money.ZERO, ledger.notYetDue());
        assertTrue(ledger.balances());
        assertEquals(Money.of("466666.68"), backToFrame, "freed and forfeited go back to the frame");
        assertEquals(ApplicationStatus.CANCELLED, granted.application().getStatus());
        assertThrows(DomainException.class, () -> grant.cancel(granted.application(), "igjen", "godkjenner1", Granted.NOW));
    }

    @Test
    void aMilestoneVerifiedAfterOperationIsPaidInFull() {
        Granted granted = grant();
        Grant grant = granted.grant();
        grant.approvePayment(granted.verify(0, "saksbehandler1"), "godkjenner1", Granted.NOW);
        grant.reportOperation(granted.application(), Granted.TODAY, "I drift", "kommune", Granted.TODAY, 90);
        grant.confirmOperation(granted.application(), "saksbehandler1", Granted.NOW);
        Payment late = granted.verify(1, "saksbehandler1");
        assertEquals(Money.ZERO, late.getWithheld());
        assertEquals(Money.of("333333.34"), late.getNet());
        assertTrue(grant.ledger().balances());
    }

    @Test
    void fourEyesNeitherTheProposerNorTheVerifierApprovesAPayment() {
        Granted granted = grant();
        Payment payment = granted.verify(0, "saksbehandler1");
        DomainException own = assertThrows(DomainException.class,
                () -> granted.grant().approvePayment(payment, "saksbehandler1", Granted.NOW));
        assertEquals("payment.fourEyesVerifier", own.messageKey(), "the verifier proposed it: both rules refuse");
        assertEquals(PaymentStatus.PROPOSED, payment.getStatus(), "refused, unchanged");
        granted.grant().approvePayment(payment, "godkjenner1", Granted.NOW);
        assertEquals(PaymentStatus.APPROVED, payment.getStatus());
    }

    @Test
    void aRejectedPaymentSendsItsMilestoneBackToReportedAndItsAmountBackToNotYetDue() {
        Granted granted = grant();
        Payment payment = granted.verify(0, "saksbehandler1");
        granted.grant().rejectPayment(granted.application(), payment, "godkjenner1", "Feil beløp i dokumentasjonen", Granted.NOW);
        assertEquals(MilestoneStatus.REPORTED, granted.milestone(0).getStatus());
        Ledger ledger = granted.grant().ledger();
        assertEquals(Money.ZERO, ledger.paid());
        assertEquals(Money.of("1000000.01"), ledger.notYetDue());
        assertTrue(ledger.balances());
        Payment again = granted.grant().verifyMilestone(granted.application(), granted.milestone(0), "saksbehandler2",
                Granted.NOW);
        assertEquals(Money.of("266666.66"), again.getNet());
    }
}
