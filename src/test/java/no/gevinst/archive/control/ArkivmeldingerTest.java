package no.gevinst.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.archive.entity.FiledAct;
import org.junit.jupiter.api.Test;

/** Each kind of journal entry is an arkivmelding that KS's schema takes, with its case folder and keys. */
class ArkivmeldingerTest {

    private static final Arkivmeldinger.Case CASE = new Arkivmeldinger.Case("HT-2027-0001",
            "Søknad om tilskudd til helseteknologi – Drammen kommune – Trygghet hjemme",
            "Søknad om tilskudd til helseteknologi – Drammen kommune – Trygghet hjemme",
            LocalDate.of(2027, 2, 1), false, new Arkivmeldinger.Person("Sara Saksbehandler", "saksbehandler1"),
            new Arkivmeldinger.Party("Drammen kommune", "921234554"));

    @Test
    void everyFiledActIsAnArkivmeldingTheSchemaTakes() {
        for (FiledAct act : FiledAct.values()) {
            String xml = Arkivmeldinger.write(act == FiledAct.APPLICATION_RECEIVED
                    ? new Arkivmeldinger.Case(CASE.reference(), CASE.title(), CASE.publicTitle(), CASE.opened(),
                            false, null, CASE.municipality())
                    : CASE, new Arkivmeldinger.Entry("HT-2027-0001/" + (act.ordinal() + 1), act, "Tittel",
                            "Offentlig tittel", Instant.parse("2027-02-01T10:15:30Z"), List.of(
                            new Arkivmeldinger.Document(1, "Hoveddokument", "01-soknad.pdf", "ab".repeat(32), 1234,
                                    true, true, true, "SØKNAD"),
                            new Arkivmeldinger.Document(2, "Budsjett.pdf", "02-Budsjett.pdf", "cd".repeat(32), 99,
                                    false, true, false, "VEDLEGG"))));

            assertEquals(List.of(), ArchiveSchemas.arkivmeldingErrors(xml), act + ":\n" + xml);
            assertTrue(xml.contains("noekkel>HT-2027-0001</"), "the case folder's external key: " + xml);
            assertTrue(xml.contains("xsi:type=\"saksmappe\"") && xml.contains("xsi:type=\"journalpost\""), xml);
            assertTrue(xml.contains("kode>" + act.journalEntryType() + "</"), xml);
            assertTrue(xml.contains("<antallFiler>2</antallFiler>"), xml);
            // the same message is written the same way every time: fixed prefixes, not JAXB's ns2, ns3 of the moment
            assertTrue(xml.contains("<mdk:fagsystem>Gevinst</mdk:fagsystem>") && !xml.contains("ns2:"), xml);
        }
    }

    /** JSON carries characters XML 1.0 cannot hold; what people typed must not make a message the archive refuses. */
    @Test
    void charactersXmlCannotHoldAreLeftOut() {
        String typed = "Trygg\u0001 hjemme\u0000 \uFFFE😀";
        String xml = Arkivmeldinger.write(new Arkivmeldinger.Case("HT-2027-0001", typed, typed,
                LocalDate.of(2027, 2, 1), false, new Arkivmeldinger.Person(typed, "saksbehandler1"),
                new Arkivmeldinger.Party(typed, "921234554")), new Arkivmeldinger.Entry("HT-2027-0001/1",
                FiledAct.APPLICATION_RECEIVED, typed, typed, Instant.parse("2027-02-01T10:15:30Z"), List.of(
                        new Arkivmeldinger.Document(1, typed, "01-soknad.pdf", "ab".repeat(32), 1, true, true, true,
                                "SØKNAD"))));

        assertEquals(List.of(), ArchiveSchemas.arkivmeldingErrors(xml), xml);
        assertTrue(xml.contains("Trygg hjemme 😀"), xml);
    }

    @Test
    void aMessageThatBreaksTheSchemaIsTold() {
        String xml = Arkivmeldinger.write(CASE, new Arkivmeldinger.Entry("HT-2027-0001/1",
                FiledAct.ACCEPTANCE, "Tittel", "Offentlig", Instant.parse("2027-02-01T10:15:30Z"), List.of()));
        List<String> errors = ArchiveSchemas.arkivmeldingErrors(xml.replace("<system>Gevinst</system>", ""));
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).contains("line"), errors.toString());
    }
}
