package no.gevinst.payments.control;

import static no.gevinst.platform.control.ArchivalPdf.BODY;
import static no.gevinst.platform.control.ArchivalPdf.cell;
import static no.gevinst.platform.control.ArchivalPdf.headerCell;
import static no.gevinst.platform.control.ArchivalPdf.paragraph;
import static no.gevinst.platform.control.ArchivalPdf.plain;
import static no.gevinst.platform.control.ArchivalPdf.table;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.payments.entity.GateDecision;
import no.gevinst.platform.control.ArchivalPdf;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The letter of an approver's decision at a decision point (vedtak om videreføring / om stans), in the
 * municipality's language form: which milestone, the decision and its grounds; for a go the milestones that may now
 * be reported, for a stop what the grant comes to and the right of appeal. Every text comes from the
 * {@code letter.gate.*} keys of the bundles.
 */
public final class DecisionPointLetter {

    /**
     * What the letter says. {@code next} are the milestones a go opens (up to and including the next decision point);
     * {@code paid}, {@code forfeited} and {@code freed} what a stopped grant comes to (null for a go).
     */
    public record Content(Letterhead head, String callTitle, String applicationTitle, GateDecision decision,
            int milestoneNumber, String milestoneTitle, String grounds, List<Instalment> next, Money paid,
            Money forfeited, Money freed) {

        public Content {
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(milestoneTitle, "milestoneTitle");
            Objects.requireNonNull(grounds, "grounds");
            next = next == null ? List.of() : List.copyOf(next);
            if (decision == GateDecision.STOP) {
                Objects.requireNonNull(paid, "paid");
                Objects.requireNonNull(forfeited, "forfeited");
                Objects.requireNonNull(freed, "freed");
            }
        }
    }

    private DecisionPointLetter() {
    }

    /** The letter as a PDF/A, in {@code locale}'s language. */
    public static byte[] render(Content content, Locale locale) {
        return content.head().letter(locale, text(locale, "letter.gate.title." + content.decision().name()),
                content.applicationTitle(), content.callTitle(), document -> write(document, content, locale));
    }

    private static void write(Document document, Content content, Locale locale) {
        String milestone = plain(content.milestoneTitle());
        var decision = paragraph(text(locale, "letter.gate.decision." + content.decision().name(),
                content.milestoneNumber(), milestone));
        decision.setSpacingBefore(10);
        document.add(decision);
        document.add(ArchivalPdf.heading(text(locale, "letter.gate.grounds." + content.decision().name())));
        document.add(paragraph(plain(content.grounds().strip())));
        if (content.decision() == GateDecision.GO) {
            if (!content.next().isEmpty()) {
                document.add(ArchivalPdf.heading(text(locale, "letter.gate.next.heading")));
                document.add(paragraph(text(locale, "letter.gate.next.intro")));
                PdfPTable table = table(58, 18, 24);
                table.addCell(headerCell(text(locale, "letter.plan.milestone"), Element.ALIGN_LEFT));
                table.addCell(headerCell(text(locale, "letter.plan.dueDate"), Element.ALIGN_LEFT));
                table.addCell(headerCell(text(locale, "letter.plan.amount"), Element.ALIGN_RIGHT));
                for (Instalment instalment : content.next()) {
                    table.addCell(cell(plain(instalment.title()) + (instalment.decisionPoint()
                            ? " – " + text(locale, "letter.plan.decisionPoint") : ""), BODY, Element.ALIGN_LEFT));
                    table.addCell(cell(Formats.date(instalment.dueDate()), BODY, Element.ALIGN_LEFT));
                    table.addCell(cell(Formats.amount(instalment.amount().amount()), BODY, Element.ALIGN_RIGHT));
                }
                document.add(table);
            }
        } else {
            document.add(ArchivalPdf.heading(text(locale, "letter.gate.money.heading")));
            document.add(paragraph(text(locale, "letter.gate.money.STOP", Formats.amount(content.paid().amount()),
                    Formats.amount(content.forfeited().amount()), Formats.amount(content.freed().amount()))));
            document.add(ArchivalPdf.heading(text(locale, "letter.appeal.heading")));
            document.add(paragraph(text(locale, "letter.appeal.text")));
        }
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
