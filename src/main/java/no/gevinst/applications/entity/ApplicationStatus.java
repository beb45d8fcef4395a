package no.gevinst.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where an application is in its lifecycle; see the lifecycle in the domain description. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_ASSESSMENT, RETURNED, RECOMMENDED, GRANTED, REJECTED, ACCEPTED, IN_PROGRESS, OPERATIONAL,
    CLOSED, LAPSED, CANCELLED, EXPIRED, WITHDRAWN;

    private static final Set<ApplicationStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    private static final Set<ApplicationStatus> BEFORE_DECISION = EnumSet.of(DRAFT, SUBMITTED, IN_ASSESSMENT,
            RETURNED, RECOMMENDED);

    /** The municipality may change the application. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** No decision yet, so the municipality may still withdraw it. */
    public boolean isWithdrawable() {
        return BEFORE_DECISION.contains(this);
    }
}
