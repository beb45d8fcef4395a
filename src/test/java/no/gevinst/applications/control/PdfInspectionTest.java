package no.gevinst.applications.control;

import no.gevinst.platform.entity.Checksums;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfInspectionTest {

    static byte[] pdf(String body) {
        return ("%PDF-1.4\n" + body + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFileIsAPdfByItsContentNotItsName() {
        assertTrue(PdfInspection.isPdf(pdf("1 0 obj << >> endobj")));
        assertFalse(PdfInspection.isPdf("PK\u0003\u0004 a zip renamed to .pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(PdfInspection.isPdf("just text".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(PdfInspection.isPdf(new byte[0]));
    }

    @Test
    void aTruncatedPdfIsRefused() {
        byte[] whole = pdf("x".repeat(5000));
        byte[] truncated = java.util.Arrays.copyOf(whole, 3000);
        assertFalse(PdfInspection.isPdf(truncated));
    }

    @Test
    void theChecksumIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Checksums.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
