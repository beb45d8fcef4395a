package no.gevinst.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.applications.control.PdfInspection;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.support.PdfA;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grant letter is read back from the PDF, as the municipality will read it. */
class GrantLetterTest {

    // PDFBox looks for system fonts to stand in for Helvetica when it reads text: its font cache goes to the build
    // directory instead of the home directory, and its warnings about the stand-in are kept out of the build log.
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    private static GrantLetter.Content content(String decisionComment) {
        return new GrantLetter.Content("2026-0042", "Digital heimeoppfølging i Nordfjord", "Helseteknologi 2026",
                "Stad", "4649", "921234554", "86011117947", Money.kroner(1_250_000),
                List.of(new Instalment("Avtale med leverandør signert", LocalDate.of(2026, 9, 1),
                                Money.kroner(250_000)),
                        new Instalment("Pilot i to sjukeheimar", LocalDate.of(2027, 3, 1),
                                Money.of("600000.50")),
                        new Instalment("Tenesta i drift i heile kommunen", LocalDate.of(2027, 11, 30),
                                Money.of("399999.50"))),
                new BigDecimal("20"), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15),
                LocalDate.of(2028, 6, 30), 3,
                List.of("Færre akutte innleggingar per 1 000 innbyggjarar", "Sparte reisetimar for heimetenesta"),
                decisionComment);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // No-break and narrow spaces (thousands separators) and line breaks all count as one space.
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }

    @Test
    void theBokmaalLetterShowsTheDecisionThePlanAndTheDeadlines() throws IOException {
        byte[] pdf = GrantLetter.render(content("Direktoratet ønsker en kort statusrapport etter piloten."),
                Languages.BOKMAAL);

        assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
        assertTrue(PdfInspection.isPdf(pdf), "a whole PDF, with its end marker");
        String text = textOf(pdf);
        assertTrue(text.contains("Helsedirektoratet – Gevinst tilskuddsordning"), text);
        assertTrue(text.contains("Tilsagn om tilskudd"), text);
        assertTrue(text.contains("Vår referanse: 2026-0042"), text);
        assertTrue(text.contains("Dato: 15.06.2026"), text);
        assertTrue(text.contains("Stad kommune"), text);
        assertTrue(text.contains("Organisasjonsnummer: 921 234 554"), text);
        assertTrue(text.contains("Vi har gleden av å meddele at Stad kommune får tilsagn om tilskudd på 1 250 000,00 kr"),
                text);
        assertTrue(text.contains("Pilot i to sjukeheimar"), "a milestone title: " + text);
        assertTrue(text.contains("01.03.2027 600 000,50"), "its due date and amount in one row: " + text);
        assertTrue(text.contains("Sum 1 250 000,00"), text);
        assertTrue(text.contains("Av hver milepælsutbetaling holdes 20 % tilbake"), text);
        assertTrue(text.contains("satt i drift innen 30.06.2028"), text);
        assertTrue(text.contains("minst én gang i året i 3 år"), text);
        assertTrue(text.contains("Sparte reisetimar for heimetenesta"), "a benefit indicator: " + text);
        assertTrue(text.contains("akseptere tilsagnet og vilkårene i Gevinst innen 15.07.2026"), text);
        assertTrue(text.contains("8601 11 17947"), "the bank account as people write it: " + text);
        assertTrue(text.contains("Direktoratet ønsker en kort statusrapport etter piloten."), text);
        assertTrue(text.contains("forvaltningsloven § 29"), text);
        assertFalse(text.contains("Tilsegn"), "no Nynorsk in a Bokmål letter: " + text);
    }

    @Test
    void theNynorskLetterIsInNynorsk() throws IOException {
        String text = textOf(GrantLetter.render(content(null), Languages.NYNORSK));

        assertTrue(text.contains("Helsedirektoratet – Gevinst tilskotsordning"), text);
        assertTrue(text.contains("Tilsegn om tilskot"), text);
        assertTrue(text.contains("Vi har gleda av å melde at Stad kommune får tilsegn om tilskot på 1 250 000,00 kr"),
                text);
        assertTrue(text.contains("innan 15.07.2026"), text);
        assertTrue(text.contains("forvaltningslova § 29"), text);
        assertTrue(text.contains("Avtale med leverandør signert"), text);
        assertFalse(text.contains("Tilsagn om tilskudd"), "not the Bokmål heading: " + text);
        assertFalse(text.contains("Merknad"), "no comment section without a comment: " + text);
    }

    @Test
    void theDecisionPointsOfThePlanAreMarkedAndExplained() throws IOException {
        GrantLetter.Content plain = content(null);
        List<Instalment> plan = new java.util.ArrayList<>(plain.plan());
        Instalment pilot = plan.get(1);
        plan.set(1, new Instalment(pilot.title(), pilot.dueDate(), pilot.amount(), true));
        GrantLetter.Content gated = new GrantLetter.Content(plain.reference(), plain.applicationTitle(),
                plain.callTitle(), plain.municipalityName(), plain.municipalityNumber(), plain.organisationNumber(),
                plain.bankAccount(), plain.amount(), plan, plain.withheldPercent(), plain.decidedOn(),
                plain.acceptanceDeadline(), plain.operationDeadline(), plain.reportingPeriodYears(),
                plain.benefitIndicators(), null);

        String text = textOf(GrantLetter.render(gated, Languages.NYNORSK));
        assertTrue(text.contains("Pilot i to sjukeheimar – beslutningspunkt"), text);
        assertTrue(text.contains("avgjer direktoratet om prosjektet skal halde fram"), text);
        assertFalse(textOf(GrantLetter.render(plain, Languages.NYNORSK)).contains("beslutningspunkt"),
                "no word of decision points in a plan without them");
    }

    private static DecisionPointLetter.Content decision(no.gevinst.payments.entity.GateDecision decision) {
        Letterhead head = new Letterhead("Stad", "4649", "921234554", LocalDate.of(2027, 3, 20), "2026-0042", null,
                null);
        boolean stop = decision == no.gevinst.payments.entity.GateDecision.STOP;
        return new DecisionPointLetter.Content(head, "Helseteknologi 2026", "Digital heimeoppfølging i Nordfjord",
                decision, 2, "Pilot i to sjukeheimar", "Piloten gav færre innleggingar.",
                List.of(new Instalment("Tenesta i drift i heile kommunen", LocalDate.of(2027, 11, 30),
                        Money.of("399999.50"))),
                stop ? Money.of("680000.40") : null, stop ? Money.of("170000.10") : null,
                stop ? Money.of("399999.50") : null);
    }

    @Test
    void aGoNamesTheDecisionItsGroundsAndWhatMayNowBeReported() throws IOException {
        byte[] pdf = DecisionPointLetter.render(decision(no.gevinst.payments.entity.GateDecision.GO),
                Languages.BOKMAAL);
        assertEquals(List.of(), no.gevinst.support.PdfA.violationsOfPdfA2b(pdf));
        String text = textOf(pdf);
        assertTrue(text.contains("Vedtak om videreføring av prosjektet"), text);
        assertTrue(text.contains("Vår referanse: 2026-0042") && text.contains("Organisasjonsnummer: 921 234 554"), text);
        assertTrue(text.contains("etter milepæl 2 («Pilot i to sjukeheimar») og har besluttet at prosjektet kan fortsette"),
                text);
        assertTrue(text.contains("Piloten gav færre innleggingar."), text);
        assertTrue(text.contains("Tenesta i drift i heile kommunen 30.11.2027 399 999,50"), text);
        assertFalse(text.contains("Klageadgang"), "a go is no decision against the municipality: " + text);
    }

    @Test
    void aStopInNynorskNamesTheSettlementAndTheRightOfAppeal() throws IOException {
        String text = textOf(DecisionPointLetter.render(decision(no.gevinst.payments.entity.GateDecision.STOP),
                Languages.NYNORSK));
        assertTrue(text.contains("Vedtak om stans av tilskotet"), text);
        assertTrue(text.contains("680 000,40") && text.contains("170 000,10") && text.contains("399 999,50"), text);
        assertTrue(text.contains("Klagerett") && text.contains("forvaltningslova § 29"), text);
        assertFalse(text.contains("Milepælar som no kan rapporterast"), "nothing opens after a stop: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyTextIsFoundAndTheFileSaysItsTitleAndLanguage(String tag) throws IOException {
        byte[] pdf = GrantLetter.render(content("Merknad."), Locale.forLanguageTag(tag));

        assertFalse(textOf(pdf).contains("???"), "a key is missing in " + tag);
        assertEquals(List.of(), PdfA.violationsOfPdfA2b(pdf), "PDF/A-2b, as the archive takes it");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(tag, document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getTitle().endsWith("2026-0042"),
                    document.getDocumentInformation().getTitle());
            assertTrue(document.getNumberOfPages() <= 2, document.getNumberOfPages() + " pages");
        }
    }

    /** Sami names (Porsáŋgu from 2026) have letters outside Cp1252; they must not silently vanish. */
    @Test
    void lettersOutsideTheStandardFontAreStillWritten() throws IOException {
        GrantLetter.Content sami = content(null);
        sami = new GrantLetter.Content(sami.reference(), sami.applicationTitle(), sami.callTitle(),
                "Porsanger - Porsáŋgu - Porsanki", "5622", sami.organisationNumber(), sami.bankAccount(),
                sami.amount(), sami.plan(), sami.withheldPercent(), sami.decidedOn(), sami.acceptanceDeadline(),
                sami.operationDeadline(), sami.reportingPeriodYears(), sami.benefitIndicators(), null);

        assertTrue(textOf(GrantLetter.render(sami, Languages.BOKMAAL)).contains("Porsanger - Porsáŋgu - Porsanki kommune"));
    }

    @Test
    void aPlanThatDoesNotAddUpToTheGrantIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GrantLetter.Content("2026-0042", "Tittel", "Utlysing",
                "Stad", "4649", "921234554", "86011117947", Money.kroner(1_000),
                List.of(new Instalment("Berre ein del", LocalDate.of(2026, 9, 1), Money.of("999.99"))),
                new BigDecimal("20"), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15),
                LocalDate.of(2028, 6, 30), 3, List.of(), null));
    }

    @Test
    void aPlanWithAMilestoneLeftIncompleteIsRefused() {
        NullPointerException refused = assertThrows(NullPointerException.class, () -> new GrantLetter.Content(
                "2026-0042", "Tittel", "Utlysing", "Stad", "4649", "921234554", "86011117947", Money.kroner(1_000),
                List.of(new Instalment("Alt", null, Money.kroner(1_000))), new BigDecimal("20"),
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2028, 6, 30), 3, List.of(), null));
        assertEquals("dueDate", refused.getMessage());
    }
}
