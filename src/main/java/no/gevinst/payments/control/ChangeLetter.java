package no.gevinst.payments.control;

import static no.gevinst.platform.control.ArchivalPdf.BODY;
import static no.gevinst.platform.control.ArchivalPdf.BODY_BOLD;
import static no.gevinst.platform.control.ArchivalPdf.bullets;
import static no.gevinst.platform.control.ArchivalPdf.cell;
import static no.gevinst.platform.control.ArchivalPdf.headerCell;
import static no.gevinst.platform.control.ArchivalPdf.paragraph;
import static no.gevinst.platform.control.ArchivalPdf.plain;
import static no.gevinst.platform.control.ArchivalPdf.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import no.gevinst.payments.entity.ChangeKind;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.platform.control.ArchivalPdf;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The letter of an approver's decision on a change request, in the municipality's language form: an approval is the
 * addendum to the grant letter (tillegg til tilsagnsbrevet) with the plan as it now stands, the amount and the
 * operation deadline, what changed, and what stays as it was; a rejection says why, with the right of appeal. Every
 * text comes from the {@code letter.change.*} keys of the bundles.
 */
public final class ChangeLetter {

    /** A milestone of the plan as it now stands, with its status (verified ones stay as they were). */
    public record Milestone(String title, LocalDate dueDate, Money amount, MilestoneStatus status,
            boolean decisionPoint) {
    }

    /**
     * What the letter says. {@code approved} false: a rejection, whose plan, amount and deadline are the unchanged
     * ones. {@code version} is the plan's version the approval made (0 for a rejection).
     */
    public record Content(Letterhead head, String callTitle, String applicationTitle, boolean approved,
            LocalDate requestedOn, Set<ChangeKind> kinds, boolean adjusted, String grounds, Money previousAmount,
            Money amount, LocalDate operationDeadline, List<Milestone> plan, int version) {

        public Content {
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(grounds, "grounds");
            Objects.requireNonNull(amount, "amount");
            kinds = Set.copyOf(kinds);
            plan = List.copyOf(plan);
            Money total = plan.stream().filter(m -> m.status() != MilestoneStatus.FREED).map(Milestone::amount)
                    .reduce(Money.ZERO, Money::plus);
            if (approved && total.compareTo(amount) != 0) {
                // a letter whose table disagrees with its decision must never be sent
                throw new IllegalArgumentException("The plan adds up to " + total + ", not to the granted " + amount);
            }
        }
    }

    private ChangeLetter() {
    }

    /** The letter as a PDF/A, in {@code locale}'s language. */
    public static byte[] render(Content content, Locale locale) {
        return content.head().letter(locale, text(locale, content.approved() ? "letter.change.title.approved"
                : "letter.change.title.rejected"), content.applicationTitle(), content.callTitle(),
                document -> write(document, content, locale));
    }

    private static void write(Document document, Content content, Locale locale) {
        var decision = paragraph(text(locale, content.approved()
                ? (content.adjusted() ? "letter.change.decision.adjusted" : "letter.change.decision.approved")
                : "letter.change.decision.rejected", Formats.date(content.requestedOn())));
        decision.setSpacingBefore(10);
        document.add(decision);
        if (!content.kinds().isEmpty()) {
            document.add(ArchivalPdf.heading(text(locale, content.approved() ? "letter.change.kinds.approved"
                    : "letter.change.kinds.rejected")));
            document.add(bullets(content.kinds().stream().sorted()
                    .map(kind -> text(locale, "changeKind." + kind.name())).toList()));
        }
        document.add(ArchivalPdf.heading(text(locale, "letter.change.grounds")));
        document.add(paragraph(plain(content.grounds().strip())));
        if (content.approved()) {
            document.add(ArchivalPdf.heading(text(locale, "letter.change.plan.heading", content.version())));
            if (content.amount().compareTo(content.previousAmount()) != 0) {
                document.add(paragraph(text(locale, "letter.change.amount", money(content.previousAmount()),
                        money(content.amount()))));
            }
            if (content.operationDeadline() != null) {
                document.add(paragraph(text(locale, "letter.change.operationDeadline",
                        Formats.date(content.operationDeadline()))));
            }
            PdfPTable table = table(46, 16, 20, 18);
            table.addCell(headerCell(text(locale, "letter.plan.milestone"), Element.ALIGN_LEFT));
            table.addCell(headerCell(text(locale, "letter.plan.dueDate"), Element.ALIGN_LEFT));
            table.addCell(headerCell(text(locale, "letter.plan.amount"), Element.ALIGN_RIGHT));
            table.addCell(headerCell(text(locale, "letter.change.plan.status"), Element.ALIGN_LEFT));
            for (Milestone milestone : content.plan()) {
                table.addCell(cell(plain(milestone.title()) + (milestone.decisionPoint()
                        ? " – " + text(locale, "letter.plan.decisionPoint") : ""), BODY, Element.ALIGN_LEFT));
                table.addCell(cell(Formats.date(milestone.dueDate()), BODY, Element.ALIGN_LEFT));
                table.addCell(cell(money(milestone.amount()), BODY, Element.ALIGN_RIGHT));
                table.addCell(cell(text(locale, "milestoneStatus." + milestone.status().name()), BODY,
                        Element.ALIGN_LEFT));
            }
            PdfPCell total = cell(text(locale, "letter.plan.total"), BODY_BOLD, Element.ALIGN_LEFT);
            total.setColspan(2);
            table.addCell(total);
            table.addCell(cell(money(content.amount()), BODY_BOLD, Element.ALIGN_RIGHT));
            table.addCell(cell("", BODY, Element.ALIGN_LEFT));
            document.add(table);
            document.add(paragraph(text(locale, "letter.change.otherwise")));
        }
        if (!content.approved() || content.adjusted()) {
            document.add(ArchivalPdf.heading(text(locale, "letter.appeal.heading")));
            document.add(paragraph(text(locale, "letter.appeal.text")));
        }
    }

    private static String money(Money amount) {
        return Formats.amount(amount.amount());
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
