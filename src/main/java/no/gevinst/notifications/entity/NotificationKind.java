package no.gevinst.notifications.entity;

/**
 * What a notification tells. Labels and texts are in the bundles as {@code notificationKind.NAME} and
 * {@code notification.NAME} ({0} the application's reference, {1} a date or other detail), with an email subject
 * {@code notification.NAME.subject}.
 */
public enum NotificationKind {
    // To the applicant municipality's users
    RETURNED,
    GRANTED,
    REJECTED,
    ACCEPTANCE_DUE,
    MILESTONE_DUE,
    MILESTONE_OVERDUE,
    MILESTONE_SENT_BACK,
    PAYMENT_SENT,
    OPERATION_DUE,
    OPERATION_OVERDUE,
    BENEFIT_REPORT_DUE,
    BENEFIT_REPORT_OVERDUE,
    GRANT_LAPSED,
    GRANT_CANCELLED,
    GRANT_EXPIRED,
    DECISION_POINT_GO,
    DECISION_POINT_STOPPED,
    CHANGE_APPROVED,
    CHANGE_REJECTED,
    // To the directorate
    APPLICATION_SUBMITTED,
    REPORT_TO_VERIFY,
    PAYMENT_TO_APPROVE,
    DECISION_POINT_TO_DECIDE,
    CHANGE_REQUESTED,
    CHANGE_RECOMMENDED;

    public boolean forMunicipalities() {
        return ordinal() < APPLICATION_SUBMITTED.ordinal();
    }
}
