package no.gevinst.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a PDF with veraPDF, the PDF Association's reference validator, as an archive taking it in would. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** The text of a PDF as a reader sees it, every run of spaces (no-break and narrow ones too) one space. */
    public static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document)
                    .replaceAll("[\\s\\u00a0\\u202f]+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("PDFBox could not read the file", e);
        }
    }

    /** The rules of PDF/A-2b the file breaks, each with its clause and where: empty when it conforms. */
    public static List<String> violationsOfPdfA2b(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage() + " at " + assertion.getLocation().getContext())
                    .distinct().toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the file", e);
        }
    }
}
