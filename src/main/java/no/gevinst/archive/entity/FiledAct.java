package no.gevinst.archive.entity;

/**
 * The acts of a case that are filed in the archive, each a journal entry (journalpost) of the case folder, with its
 * Noark 5 journal entry type: I incoming, U outgoing, X an internal note.
 */
public enum FiledAct {
    APPLICATION_RECEIVED("I"),
    GRANT_LETTER("U"),
    REJECTION("U"),
    ACCEPTANCE("I"),
    DECLINE("I"),
    MILESTONE_REPORT("I"),
    OPERATION_REPORT("I"),
    CANCELLATION("U"),
    DECISION_POINT("U"),
    CHANGE_REQUEST("I"),
    CHANGE_DECISION("U"),
    CLOSING("X");

    private final String journalEntryType;

    FiledAct(String journalEntryType) {
        this.journalEntryType = journalEntryType;
    }

    /** Noark 5's journalposttype: I, U or X. */
    public String journalEntryType() {
        return journalEntryType;
    }

    public boolean isIncoming() {
        return journalEntryType.equals("I");
    }

    public boolean isOutgoing() {
        return journalEntryType.equals("U");
    }
}
