package no.gevinst.applications.control;

import no.gevinst.applications.entity.Attachment;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a file is a PDF by what it contains, not by its name: it must begin with the PDF header and end with
 * the end-of-file marker (so a truncated upload is refused too).
 */
public final class PdfInspection {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may add a little after the marker, such as line ends or padding. */
    private static final int TRAILER_WINDOW = 2048;

    private PdfInspection() {
    }

    public static boolean isPdf(byte[] content) {
        if (content.length < HEADER.length + TRAILER.length) {
            return false;
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (content[i] != HEADER[i]) {
                return false;
            }
        }
        int from = Math.max(HEADER.length, content.length - TRAILER_WINDOW);
        outer:
        for (int i = content.length - TRAILER.length; i >= from; i--) {
            for (int j = 0; j < TRAILER.length; j++) {
                if (content[i + j] != TRAILER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Refuses, as a violation of the field {@code file}, what is too large or not a PDF by its content. */
    public static void requirePdf(byte[] content, String labelPrefix) {
        if (content.length > Attachment.MAX_BYTES) {
            throw new no.gevinst.platform.entity.InvalidInputException(java.util.List.of(
                    no.gevinst.platform.entity.Violation.of("file", "validation.attachment.tooLarge", 20)), labelPrefix);
        }
        if (!isPdf(content)) {
            throw new no.gevinst.platform.entity.InvalidInputException(java.util.List.of(
                    no.gevinst.platform.entity.Violation.of("file", "validation.attachment.notPdf")), labelPrefix);
        }
    }

}
