package no.gevinst.audit.entity;

/**
 * What an audit event records, grouped by the component that records it, in the components' order from the ground up
 * (docs/architecture.md). The name is what the trail stores ({@code audit_event.kind}) and what the API shows; the
 * pages show its label ({@code auditKind.NAME}). The trail is never rewritten, so a kind once recorded is never renamed
 * or removed: the events that hold it must stay readable.
 */
public enum AuditKind {
    // municipalities: the register and its upkeep
    MUNICIPALITY_CHANGED,
    MUNICIPALITY_ENDED,
    MUNICIPALITY_ADDED,
    MUNICIPALITY_RESTATED,
    REGISTER_APPLIED,
    // security: user accounts and logins
    USER_CREATED,
    USER_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    USER_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    USER_LANGUAGE_CHOSEN,
    LOGIN_FAILED,
    LOGIN_REFUSED,
    ACCOUNT_LOCKED,
    API_TOKEN_ACCEPTED,
    API_TOKEN_REFUSED,
    PROVIDER_SIGN_IN,
    PROVIDER_SIGN_IN_REFUSED,
    ACCESS_GRANTED,
    ACCESS_INVITED,
    ACCESS_INVITATION_TAKEN,
    ACCESS_WITHDRAWN,
    // calls: the calls and the scheme's settings
    CALL_CREATED,
    CALL_REVISED,
    SCHEME_SETTINGS_CHANGED,
    // applications: the applicant's working copy and its submission
    APPLICATION_CREATED,
    APPLICATION_REVISED,
    APPLICATION_SUBMITTED,
    APPLICATION_WITHDRAWN,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    // payments: the grant's answer, milestones, operation, deadlines, payments and batches
    GRANT_ACCEPTED,
    GRANT_DECLINED,
    GRANT_LAPSED,
    MILESTONE_REPORTED,
    EVIDENCE_ADDED,
    MILESTONE_VERIFIED,
    MILESTONE_SENT_BACK,
    OPERATION_REPORTED,
    OPERATION_CONFIRMED,
    GRANT_CANCELLED,
    GRANT_EXPIRED,
    DECISION_POINT_GO,
    DECISION_POINT_STOPPED,
    CHANGE_REQUESTED,
    CHANGE_WITHDRAWN,
    CHANGE_RECOMMENDED,
    CHANGE_APPROVED,
    CHANGE_REJECTED,
    PAYMENT_APPROVED,
    PAYMENT_REJECTED,
    PAYMENT_BATCH_CREATED,
    PAYMENT_BATCH_SENT,
    // assessment: taking, returning, recommending and deciding
    APPLICATION_TAKEN,
    CONFLICT_DECLARED,
    APPLICATION_RETURNED,
    BENEFIT_TARGETS_ADJUSTED,
    APPLICATION_RECOMMENDED,
    DECISION_GRANTED,
    DECISION_REJECTED,
    RECOMMENDATION_SENT_BACK,
    // benefits: measurements and closing the grant
    BENEFIT_MEASURED,
    BENEFIT_MEASUREMENT_CORRECTED,
    GRANT_CLOSED,
    // reports: the Excel reports
    REPORT_GENERATED,
    // archive: an administrator sends a message the delivery gave up on again
    ARCHIVE_MESSAGE_RESENT,
    // startup: the first administrator and the demo data
    BOOTSTRAP_ADMIN_CREATED,
    DEMO_DATA_LOADED
}
