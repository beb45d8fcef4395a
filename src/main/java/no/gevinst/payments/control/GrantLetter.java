package no.gevinst.payments.control;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;

/**
 * The grant letter (tilsagnsbrev) a municipality receives when its application is granted: the decision, the
 * payment plan, the withheld-percentage rule, the deadlines, the duties and conditions, and the right of appeal, as
 * a PDF in the municipality's language form. Every text comes from the {@code letter.*} keys of the bundles.
 */
public final class GrantLetter {

    /**
     * What a grant letter says. {@code municipalityName} is the register name without the word "kommune" ("Bodø"),
     * since the bundle adds it in the language of the letter. The plan must add up to the amount exactly: a letter
     * whose table disagrees with its decision must never be sent.
     */
    public record Content(String reference, String applicationTitle, String callTitle, String municipalityName,
            String municipalityNumber, String organisationNumber, String bankAccount, Money amount,
            List<Instalment> plan, BigDecimal withheldPercent, LocalDate decidedOn, LocalDate acceptanceDeadline,
            LocalDate operationDeadline, int reportingPeriodYears, List<String> benefitIndicators,
            String decisionComment) {

        public Content {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(applicationTitle, "applicationTitle");
            Objects.requireNonNull(callTitle, "callTitle");
            Objects.requireNonNull(municipalityName, "municipalityName");
            Objects.requireNonNull(municipalityNumber, "municipalityNumber");
            Objects.requireNonNull(organisationNumber, "organisationNumber");
            Objects.requireNonNull(bankAccount, "bankAccount");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(withheldPercent, "withheldPercent");
            Objects.requireNonNull(decidedOn, "decidedOn");
            Objects.requireNonNull(acceptanceDeadline, "acceptanceDeadline");
            Objects.requireNonNull(operationDeadline, "operationDeadline");
            plan = List.copyOf(plan);
            // every milestone payment of the plan (before anything is withheld from it) is written in full
            plan.forEach(instalment -> {
                Objects.requireNonNull(instalment.title(), "title");
                Objects.requireNonNull(instalment.dueDate(), "dueDate");
                Objects.requireNonNull(instalment.amount(), "amount");
            });
            benefitIndicators = benefitIndicators == null ? List.of() : List.copyOf(benefitIndicators);
            Money planned = total(plan);
            if (!planned.equals(amount)) {
                throw new IllegalArgumentException(
                        "The payment plan adds up to " + planned + ", not to the granted " + amount);
            }
        }

        public Money planTotal() {
            return total(plan);
        }

        private static Money total(List<Instalment> plan) {
            return plan.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    // Helvetica is a PDF standard font: nothing to embed, and with WinAnsi (Cp1252) it covers æøå. Text with a
    // character outside Cp1252 (Sami ŋ, č, đ, ŧ in a name or title) OpenPDF draws in the Liberation Sans it bundles,
    // embedded for that text only and in regular weight.
    private static final Font SENDER = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Color TABLE_HEADER = new Color(0xE6, 0xE6, 0xE6);
    private static final float LEADING = 13.5f;

    private GrantLetter() {
    }

    /** The letter as a PDF, in {@code locale}'s language (Bokmål {@code nb}, Nynorsk {@code nn} or English). */
    public static byte[] render(Content content, Locale locale) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(locale, "locale");
        var out = new ByteArrayOutputStream();
        // A4 with margins of about 2 cm, as in a printed public letter.
        var document = new Document(PageSize.A4, 57, 57, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        describe(document, writer, content, locale);
        document.setFooter(footer(content, locale));
        document.open();
        new Writing(document, content, locale).letter();
        document.close();
        return out.toByteArray();
    }

    /** Title, language and author in the file itself, so that screen readers and document archives know them. */
    private static void describe(Document document, PdfWriter writer, Content content, Locale locale) {
        String title = text(locale, "letter.title");
        document.addTitle(title + " – " + plain(content.reference()));
        document.addSubject(plain(content.applicationTitle()));
        document.addAuthor(text(locale, "letter.signatory"));
        document.addCreator("Gevinst");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    /** "2026-0042 – side 1": the reference on every page, so that a loose second page still finds its case. */
    private static HeaderFooter footer(Content content, Locale locale) {
        var footer = new HeaderFooter(
                new Phrase(plain(content.reference()) + " – " + text(locale, "letter.page") + " ", SMALL), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_RIGHT);
        return footer;
    }

    /** One letter being written: the document, what it says and in which language. */
    private record Writing(Document document, Content content, Locale locale) {

        void letter() {
            letterhead();
            decision();
            paymentPlan();
            withheld();
            operation();
            benefits();
            conditions();
            acceptance();
            payment();
            comment();
            appeal();
            closing();
        }

        private void letterhead() {
            document.add(new Paragraph(text(locale, "letter.sender"), SENDER));
            var head = new PdfPTable(new float[] {60, 40});
            head.setWidthPercentage(100);
            head.setSpacingBefore(18);
            head.setSpacingAfter(22);
            var addressee = new Paragraph(LEADING, text(locale, "letter.addressee", plain(content.municipalityName())),
                    BODY_BOLD);
            addressee.add(new Chunk("\n" + text(locale, "letter.municipalityNumber", content.municipalityNumber()),
                    BODY));
            addressee.add(new Chunk("\n" + text(locale, "letter.organisationNumber",
                    organisationNumber(content.organisationNumber())), BODY));
            head.addCell(borderless(addressee, Element.ALIGN_LEFT));
            var dateAndReference = new Paragraph(LEADING, text(locale, "letter.date", Formats.date(content.decidedOn())),
                    BODY);
            dateAndReference.add(new Chunk("\n" + text(locale, "letter.reference", plain(content.reference())), BODY));
            head.addCell(borderless(dateAndReference, Element.ALIGN_RIGHT));
            document.add(head);

            document.add(new Paragraph(text(locale, "letter.title"), TITLE));
            var subject = paragraph(text(locale, "letter.subject", plain(content.applicationTitle()),
                    plain(content.callTitle())));
            subject.setSpacingBefore(4);
            document.add(subject);
        }

        private void decision() {
            var decision = paragraph(text(locale, "letter.decision", plain(content.municipalityName()),
                    money(content.amount())));
            decision.setSpacingBefore(10);
            document.add(decision);
        }

        private void paymentPlan() {
            heading("letter.plan.heading");
            document.add(paragraph(text(locale, "letter.plan.intro")));
            var table = new PdfPTable(new float[] {58, 18, 24});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            table.addCell(headerCell(text(locale, "letter.plan.milestone"), Element.ALIGN_LEFT));
            table.addCell(headerCell(text(locale, "letter.plan.dueDate"), Element.ALIGN_LEFT));
            table.addCell(headerCell(text(locale, "letter.plan.amount"), Element.ALIGN_RIGHT));
            for (Instalment instalment : content.plan()) {
                table.addCell(cell(plain(instalment.title()), BODY, Element.ALIGN_LEFT));
                table.addCell(cell(Formats.date(instalment.dueDate()), BODY, Element.ALIGN_LEFT));
                table.addCell(cell(Formats.amount(instalment.amount().amount()), BODY, Element.ALIGN_RIGHT));
            }
            PdfPCell total = cell(text(locale, "letter.plan.total"), BODY_BOLD, Element.ALIGN_LEFT);
            total.setColspan(2);
            table.addCell(total);
            table.addCell(cell(Formats.amount(content.planTotal().amount()), BODY_BOLD, Element.ALIGN_RIGHT));
            document.add(table);
        }

        private void withheld() {
            heading("letter.withheld.heading");
            document.add(paragraph(text(locale, "letter.withheld.rule",
                    new Formats().percent(content.withheldPercent()))));
        }

        private void operation() {
            heading("letter.operation.heading");
            document.add(paragraph(text(locale, "letter.operation.deadline",
                    Formats.date(content.operationDeadline()))));
        }

        private void benefits() {
            heading("letter.benefits.heading");
            document.add(paragraph(text(locale, "letter.benefits.duty", content.reportingPeriodYears())));
            if (!content.benefitIndicators().isEmpty()) {
                document.add(paragraph(text(locale, "letter.benefits.indicators")));
                document.add(bullets(content.benefitIndicators().stream().map(GrantLetter::plain).toList()));
            }
        }

        private void conditions() {
            heading("letter.conditions.heading");
            document.add(bullets(List.of(
                    text(locale, "letter.conditions.purpose"),
                    text(locale, "letter.conditions.milestones"),
                    text(locale, "letter.conditions.changes"),
                    text(locale, "letter.conditions.cancel"))));
        }

        private void acceptance() {
            heading("letter.acceptance.heading");
            document.add(paragraph(text(locale, "letter.acceptance.deadline",
                    Formats.date(content.acceptanceDeadline()))));
        }

        private void payment() {
            heading("letter.payment.heading");
            document.add(paragraph(text(locale, "letter.payment.account", bankAccount(content.bankAccount()))));
        }

        private void comment() {
            String comment = content.decisionComment();
            if (comment == null || comment.isBlank()) {
                return;
            }
            heading("letter.comment.heading");
            document.add(paragraph(plain(comment.strip())));
        }

        private void appeal() {
            heading("letter.appeal.heading");
            document.add(paragraph(text(locale, "letter.appeal.text")));
        }

        private void closing() {
            var closing = paragraph(text(locale, "letter.closing"));
            closing.setSpacingBefore(16);
            document.add(closing);
            document.add(new Paragraph(LEADING, text(locale, "letter.signatory"), BODY_BOLD));
            var signature = new Paragraph(LEADING, text(locale, "letter.signature"), SMALL);
            signature.setSpacingBefore(8);
            document.add(signature);
        }

        private void heading(String key) {
            var heading = new Paragraph(LEADING, text(locale, key), HEADING);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(2);
            heading.setKeepTogether(true);
            document.add(heading);
        }
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(LEADING, text, BODY);
    }

    private static org.openpdf.text.List bullets(List<String> items) {
        var list = new org.openpdf.text.List(false, 12);
        list.setListSymbol(new Chunk("•", BODY));
        list.setIndentationLeft(6);
        for (String item : items) {
            list.add(new ListItem(LEADING, item, BODY));
        }
        return list;
    }

    private static PdfPCell borderless(Paragraph content, int alignment) {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        content.setAlignment(alignment);
        cell.addElement(content);
        return cell;
    }

    private static PdfPCell headerCell(String text, int alignment) {
        PdfPCell cell = cell(text, BODY_BOLD, alignment);
        cell.setBackgroundColor(TABLE_HEADER);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private static String money(Money amount) {
        return Formats.amount(amount.amount());
    }

    /** Printed as people write it ("921 234 554") when valid, else as given: the letter must show what it has. */
    private static String organisationNumber(String number) {
        return OrganisationNumber.isValid(number) ? OrganisationNumber.parse(number).formatted() : plain(number);
    }

    private static String bankAccount(String account) {
        return BankAccountNumber.isValid(account) ? BankAccountNumber.parse(account).formatted() : plain(account);
    }

    /**
     * Text typed by people, composed (NFC): "å" pasted from some systems arrives as "a" plus a combining ring, which
     * the standard fonts cannot draw, while the composed "å" is in their encoding.
     */
    private static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
