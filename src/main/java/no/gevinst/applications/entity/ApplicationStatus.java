package no.gevinst.applications.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import no.gevinst.platform.entity.DomainException;

/**
 * Where an application is in its lifecycle; see the lifecycle in the domain description. Which act is allowed from
 * which status, and where it leads, is kept here once ({@link Act}).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_ASSESSMENT, RETURNED, RECOMMENDED, GRANTED, REJECTED, ACCEPTED, IN_PROGRESS, OPERATIONAL,
    CLOSED, LAPSED, CANCELLED, EXPIRED, WITHDRAWN;

    private static final Set<ApplicationStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    private static final Set<ApplicationStatus> BEFORE_DECISION = EnumSet.of(DRAFT, SUBMITTED, IN_ASSESSMENT,
            RETURNED, RECOMMENDED);
    private static final Set<ApplicationStatus> RUNNING = EnumSet.of(ACCEPTED, IN_PROGRESS);
    private static final Set<ApplicationStatus> PAYABLE = EnumSet.of(ACCEPTED, IN_PROGRESS, OPERATIONAL);
    private static final Set<ApplicationStatus> ENDED_EARLY = EnumSet.of(CANCELLED, EXPIRED);

    /** The municipality may change the application. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** No decision yet, so the municipality may still withdraw it. */
    public boolean isWithdrawable() {
        return BEFORE_DECISION.contains(this);
    }

    /** The grant was accepted and the project is not yet confirmed in operation: it may be cancelled or expire. */
    public boolean isRunning() {
        return RUNNING.contains(this);
    }

    /** The grant was accepted and has not ended: its milestones are reported and paid, with their evidence. */
    public boolean isPayable() {
        return PAYABLE.contains(this);
    }

    /** The grant was cancelled or expired before the project was in operation. */
    public boolean isEndedEarly() {
        return ENDED_EARLY.contains(this);
    }

    /** Refuses {@code act} with its message key (naming this status) unless the lifecycle allows it from here. */
    public void require(Act act) {
        if (!act.from.contains(this)) {
            throw new DomainException(act.refusal, this);
        }
    }

    /** Where {@code act} leads from this status; refused as {@link #require} refuses it. */
    public ApplicationStatus after(Act act) {
        require(act);
        return act.to == null ? this : act.to;
    }

    /**
     * The acts on an application: the statuses each is allowed from, where it leads (null: it leaves the status as it
     * is), and the message key that refuses it from any other status.
     */
    public enum Act {
        /** The municipality changes what the application says, or its attachments. */
        REVISE(EDITABLE, null, "application.notEditable"),
        SUBMIT(EDITABLE, SUBMITTED, "application.notEditable"),
        WITHDRAW(BEFORE_DECISION, WITHDRAWN, "application.notWithdrawable"),
        TAKE_FOR_ASSESSMENT(EnumSet.of(SUBMITTED), IN_ASSESSMENT, "assessment.notSubmitted"),
        HAND_BACK_FOR_ASSESSMENT(EnumSet.of(IN_ASSESSMENT), SUBMITTED, "assessment.notInAssessment"),
        RETURN_FOR_CHANGES(EnumSet.of(IN_ASSESSMENT), RETURNED, "assessment.notInAssessment"),
        /** The case handler sets benefit targets apart from what was applied for. */
        ADJUST_BENEFIT_TARGETS(EnumSet.of(IN_ASSESSMENT), null, "assessment.notInAssessment"),
        RECOMMEND(EnumSet.of(IN_ASSESSMENT), RECOMMENDED, "assessment.notInAssessment"),
        SEND_BACK_FOR_NEW_RECOMMENDATION(EnumSet.of(RECOMMENDED), IN_ASSESSMENT, "decision.notRecommended"),
        GRANT(EnumSet.of(RECOMMENDED), GRANTED, "decision.notRecommended"),
        REJECT(EnumSet.of(RECOMMENDED), REJECTED, "decision.notRecommended"),
        ACCEPT(EnumSet.of(GRANTED), ACCEPTED, "grant.notGranted"),
        LAPSE(EnumSet.of(GRANTED), LAPSED, "grant.notGranted"),
        START_PROGRESS(EnumSet.of(ACCEPTED), IN_PROGRESS, "grant.notAccepted"),
        CONFIRM_OPERATION(RUNNING, OPERATIONAL, "grant.notInThisState"),
        CLOSE(EnumSet.of(OPERATIONAL), CLOSED, "grant.notInThisState"),
        CANCEL(RUNNING, CANCELLED, "grant.notInThisState"),
        EXPIRE(RUNNING, EXPIRED, "grant.notInThisState");

        private final Set<ApplicationStatus> from;
        private final ApplicationStatus to;
        private final String refusal;

        Act(Set<ApplicationStatus> from, ApplicationStatus to, String refusal) {
            this.from = from;
            this.to = to;
            this.refusal = refusal;
        }

        /** The statuses this act is allowed from. */
        public Set<ApplicationStatus> from() {
            return Collections.unmodifiableSet(from);
        }
    }
}
