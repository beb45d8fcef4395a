package no.gevinst.applications.entity;

/**
 * What a file is for: part of the application, or evidence after the grant, for a milestone report or for the
 * operation report. Evidence is a record of what was paid for and is never removed.
 */
public enum AttachmentPurpose {
    APPLICATION, MILESTONE, OPERATION
}
