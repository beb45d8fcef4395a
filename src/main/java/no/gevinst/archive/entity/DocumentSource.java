package no.gevinst.archive.entity;

/** Where the bytes of a filed document are kept. */
public enum DocumentSource {
    /** The application as submitted ({@code SubmittedVersion}, by its id). */
    SUBMISSION,
    /** The grant letter as issued ({@code IssuedLetter}, by its application's id). */
    LETTER,
    /** A letter issued after the grant letter, as issued ({@code FollowUpLetter}, by its id). */
    FOLLOW_UP_LETTER,
    /** An attachment or a report's evidence ({@code Attachment}, by its id). */
    ATTACHMENT,
    /** A record of the act written for the archive, kept with the message. */
    RECORD
}
