package no.gevinst.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The archive's receipt is read only when its schema takes it, and a receipt that says filing failed is a failure. */
class HttpTransportTest {

    private static final String OPEN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <arkivmeldingKvittering xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v2"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:f="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/feil/feilmelding/v2">
            """;

    @Test
    void aReceiptGivesTheCaseAndJournalNumbers() {
        ArchiveTransport.Receipt receipt = HttpTransport.receipt(OPEN + """
                  <mappeKvittering xsi:type="saksmappeKvittering">
                    <systemID>0b7a7e2e-1d7c-4a51-9d1f-7d1c1c1c1c1c</systemID>
                    <opprettetEllerEksisterende>Eksisterende</opprettetEllerEksisterende>
                    <saksaar>2027</saksaar>
                    <sakssekvensnummer>123</sakssekvensnummer>
                  </mappeKvittering>
                  <registreringKvittering xsi:type="journalpostKvittering">
                    <systemID>0b7a7e2e-1d7c-4a51-9d1f-7d1c1c1c1c1d</systemID>
                    <opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende>
                    <journalaar>2027</journalaar>
                    <journalsekvensnummer>4567</journalsekvensnummer>
                  </registreringKvittering>
                </arkivmeldingKvittering>
                """);

        assertEquals("2027/123", receipt.caseNumber());
        assertEquals("2027/4567", receipt.journalNumber());
        assertTrue(new String(receipt.kvittering(), java.nio.charset.StandardCharsets.UTF_8).contains("4567"));
    }

    @Test
    void aReceiptThatSaysTheEntryFailedIsAFailure() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> HttpTransport.receipt(OPEN + """
                  <mappeKvittering xsi:type="saksmappeKvittering">
                    <systemID>0b7a7e2e-1d7c-4a51-9d1f-7d1c1c1c1c1c</systemID>
                    <opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende>
                  </mappeKvittering>
                  <registreringFeilet>
                    <f:feilId>42</f:feilId>
                    <f:feilmelding>Ukjent arkivdel</f:feilmelding>
                  </registreringFeilet>
                </arkivmeldingKvittering>
                """));
        assertTrue(refused.getMessage().contains("Ukjent arkivdel"), refused.getMessage());
    }

    @Test
    void anAnswerThatIsNoReceiptIsAFailure() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> HttpTransport.receipt("<ok/>"));
        assertTrue(refused.getMessage().contains("schema"), refused.getMessage());
    }
}
