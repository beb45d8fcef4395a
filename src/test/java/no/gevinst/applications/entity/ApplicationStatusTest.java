package no.gevinst.applications.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import no.gevinst.applications.entity.ApplicationStatus.Act;
import no.gevinst.platform.entity.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle as the application kept it act by act before it was kept once in {@link ApplicationStatus.Act}. */
class ApplicationStatusTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}, else {3}")
    @CsvSource({
        "REVISE, DRAFT RETURNED, , application.notEditable",
        "SUBMIT, DRAFT RETURNED, SUBMITTED, application.notEditable",
        "WITHDRAW, DRAFT SUBMITTED IN_ASSESSMENT RETURNED RECOMMENDED, WITHDRAWN, application.notWithdrawable",
        "TAKE_FOR_ASSESSMENT, SUBMITTED, IN_ASSESSMENT, assessment.notSubmitted",
        "HAND_BACK_FOR_ASSESSMENT, IN_ASSESSMENT, SUBMITTED, assessment.notInAssessment",
        "RETURN_FOR_CHANGES, IN_ASSESSMENT, RETURNED, assessment.notInAssessment",
        "ADJUST_BENEFIT_TARGETS, IN_ASSESSMENT, , assessment.notInAssessment",
        "RECOMMEND, IN_ASSESSMENT, RECOMMENDED, assessment.notInAssessment",
        "SEND_BACK_FOR_NEW_RECOMMENDATION, RECOMMENDED, IN_ASSESSMENT, decision.notRecommended",
        "GRANT, RECOMMENDED, GRANTED, decision.notRecommended",
        "REJECT, RECOMMENDED, REJECTED, decision.notRecommended",
        "ACCEPT, GRANTED, ACCEPTED, grant.notGranted",
        "LAPSE, GRANTED, LAPSED, grant.notGranted",
        "START_PROGRESS, ACCEPTED, IN_PROGRESS, grant.notAccepted",
        "CONFIRM_OPERATION, ACCEPTED IN_PROGRESS, OPERATIONAL, grant.notInThisState",
        "CLOSE, OPERATIONAL, CLOSED, grant.notInThisState",
        "CANCEL, ACCEPTED IN_PROGRESS, CANCELLED, grant.notInThisState",
        "EXPIRE, ACCEPTED IN_PROGRESS, EXPIRED, grant.notInThisState",
    })
    void anActIsAllowedFromItsStatusesOnlyAndRefusedWithItsKeyNamingTheStatus(Act act, String from,
            ApplicationStatus to, String refusal) {
        Set<ApplicationStatus> allowed = EnumSet.noneOf(ApplicationStatus.class);
        for (String name : from.split(" ")) {
            allowed.add(ApplicationStatus.valueOf(name));
        }
        assertEquals(allowed, act.from());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (allowed.contains(status)) {
                assertEquals(to == null ? status : to, status.after(act), act + " from " + status);
            } else {
                DomainException refused = assertThrows(DomainException.class, () -> status.after(act));
                assertEquals(refusal, refused.messageKey(), act + " from " + status);
                assertArrayEquals(new Object[] {status}, refused.arguments());
            }
        }
    }
}
