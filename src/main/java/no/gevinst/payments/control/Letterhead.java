package no.gevinst.payments.control;

import static no.gevinst.platform.control.ArchivalPdf.BODY;
import static no.gevinst.platform.control.ArchivalPdf.BODY_BOLD;
import static no.gevinst.platform.control.ArchivalPdf.LEADING;
import static no.gevinst.platform.control.ArchivalPdf.SENDER;
import static no.gevinst.platform.control.ArchivalPdf.SMALL;
import static no.gevinst.platform.control.ArchivalPdf.TITLE;
import static no.gevinst.platform.control.ArchivalPdf.borderless;
import static no.gevinst.platform.control.ArchivalPdf.paragraph;
import static no.gevinst.platform.control.ArchivalPdf.plain;

import java.time.LocalDate;
import java.util.Locale;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The head and the foot every letter of the directorate to a municipality shares: sender, addressee with its numbers,
 * date and reference, title and subject; the closing and the signature. {@code municipalityName} is the register name
 * without the word "kommune", which the bundle adds in the letter's language.
 */
record Letterhead(String municipalityName, String municipalityNumber, String organisationNumber, LocalDate date,
        String reference, String title, String subject) {

    /**
     * A letter under this head (its date, reference and addressee) as a PDF/A in {@code locale}'s language: titled
     * {@code title}, about the application in its call, with {@code body} between the head and the closing.
     */
    byte[] letter(Locale locale, String title, String applicationTitle, String callTitle,
            java.util.function.Consumer<Document> body) {
        Letterhead titled = new Letterhead(municipalityName, municipalityNumber, organisationNumber, date, reference,
                title, text(locale, "letter.subject", plain(applicationTitle), plain(callTitle)));
        return no.gevinst.platform.control.ArchivalPdf.write(new no.gevinst.platform.control.ArchivalPdf.Description(
                title + " – " + reference, applicationTitle, text(locale, "letter.signatory"), locale, reference),
                document -> {
                    titled.write(document, locale);
                    body.accept(document);
                    closing(document, locale);
                });
    }

    void write(Document document, Locale locale) {
        document.add(new Paragraph(text(locale, "letter.sender"), SENDER));
        var head = new PdfPTable(new float[] {60, 40});
        head.setWidthPercentage(100);
        head.setSpacingBefore(18);
        head.setSpacingAfter(22);
        var addressee = new Paragraph(LEADING, text(locale, "letter.addressee", plain(municipalityName)), BODY_BOLD);
        addressee.add(new Chunk("\n" + text(locale, "letter.municipalityNumber", municipalityNumber), BODY));
        addressee.add(new Chunk("\n" + text(locale, "letter.organisationNumber",
                // printed as people write it ("921 234 554") when valid, else as given: the letter shows what it has
                OrganisationNumber.isValid(organisationNumber)
                        ? OrganisationNumber.parse(organisationNumber).formatted() : plain(organisationNumber)),
                BODY));
        head.addCell(borderless(addressee, Element.ALIGN_LEFT));
        var dateAndReference = new Paragraph(LEADING, text(locale, "letter.date", Formats.date(date)), BODY);
        dateAndReference.add(new Chunk("\n" + text(locale, "letter.reference", plain(reference)), BODY));
        head.addCell(borderless(dateAndReference, Element.ALIGN_RIGHT));
        document.add(head);

        document.add(new Paragraph(title, TITLE));
        var about = paragraph(subject);
        about.setSpacingBefore(4);
        document.add(about);
    }

    static void closing(Document document, Locale locale) {
        var closing = paragraph(text(locale, "letter.closing"));
        closing.setSpacingBefore(16);
        document.add(closing);
        document.add(new Paragraph(LEADING, text(locale, "letter.signatory"), BODY_BOLD));
        var signature = new Paragraph(LEADING, text(locale, "letter.signature"), SMALL);
        signature.setSpacingBefore(8);
        document.add(signature);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
