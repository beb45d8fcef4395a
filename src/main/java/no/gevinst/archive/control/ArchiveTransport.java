package no.gevinst.archive.control;

/** How the archive's messages leave Gevinst: a folder for an archive's import, or a Fiks Arkiv gateway over HTTP. */
public interface ArchiveTransport {

    /**
     * Hands the message over, at least once: a message delivered again must leave the archive as it was (it knows
     * the message by its journal key). Throws when it did not arrive.
     */
    Receipt deliver(ArchiveOutbox.Parcel parcel);

    /** What the archive answered: its receipt (kvittering) and the numbers it gave; all null from a folder. */
    record Receipt(byte[] kvittering, String caseNumber, String journalNumber) {

        static Receipt none() {
            return new Receipt(null, null, null);
        }
    }
}
