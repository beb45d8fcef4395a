package no.gevinst.platform.entity;

/** What of an application was read: the access log's "what", most telling last (a request that read several is logged by the last). */
public enum ReadPart {
    /** The application itself: its page, or {@code GET /applications/{id}}. */
    APPLICATION,
    /** Its history: the events of the case. */
    HISTORY,
    /** The application as submitted (a version's PDF). */
    SUBMISSION,
    /** An attachment of the application. */
    ATTACHMENT,
    /** Evidence of a milestone or operation report. */
    EVIDENCE,
    /** The grant letter or another letter to the municipality. */
    LETTER
}
