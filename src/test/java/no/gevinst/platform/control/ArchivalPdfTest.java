package no.gevinst.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.support.PdfA;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Whatever people type, the document is written, and stays PDF/A. */
class ArchivalPdfTest {

    static {
        System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
    }

    @Test
    void textTheFontCannotWriteBecomesAQuestionMarkAndControlCharactersGo() throws IOException {
        String typed = "Porsáŋgu\u0000 kommune\u0007 😀 a\u030A\tslutt";
        byte[] pdf = ArchivalPdf.write(new ArchivalPdf.Description(typed, typed, typed, Languages.BOKMAAL, typed),
                document -> document.add(ArchivalPdf.paragraph(typed)));

        assertEquals(List.of(), PdfA.violationsOfPdfA2b(pdf), "no missing glyph, nothing PDF/A refuses");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Porsáŋgu kommune ? å"), text);
            assertEquals("Porsáŋgu kommune ? å\tslutt", document.getDocumentInformation().getTitle());
        }
    }
}
