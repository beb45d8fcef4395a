package no.gevinst.archive.control;

import static no.gevinst.platform.control.ArchivalPdf.SENDER;
import static no.gevinst.platform.control.ArchivalPdf.TITLE;
import static no.gevinst.platform.control.ArchivalPdf.paragraph;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.gevinst.platform.control.ArchivalPdf;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;
import org.openpdf.text.Paragraph;

/**
 * A record of an act that has no letter or form of its own (an acceptance, a report, a cancellation, the closing),
 * written for the archive as a PDF/A: what was done in which case and when, and what was written with it.
 */
public final class ActRecords {

    private ActRecords() {
    }

    /** The record titled {@code title} of the case {@code reference} ({@code caseTitle}), made at {@code at}. */
    public static byte[] render(String title, String reference, String caseTitle, Instant at, List<String> paragraphs,
            Locale locale) {
        return ArchivalPdf.write(new ArchivalPdf.Description(title + " – " + reference, caseTitle,
                Messages.text(locale, "letter.signatory"), locale, reference), document -> {
                    document.add(new Paragraph(Messages.text(locale, "letter.sender"), SENDER));
                    var heading = new Paragraph(ArchivalPdf.plain(title), TITLE);
                    heading.setSpacingBefore(14);
                    document.add(heading);
                    document.add(paragraph(Messages.text(locale, "archive.record.case", reference, caseTitle)));
                    document.add(paragraph(Messages.text(locale, "archive.record.when",
                            new Formats().instant(at))));
                    for (String text : paragraphs) {
                        var written = paragraph(text);
                        written.setSpacingBefore(8);
                        document.add(written);
                    }
                });
    }
}
