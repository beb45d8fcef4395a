package no.gevinst.payments.control;

import static no.gevinst.platform.control.ArchivalPdf.BODY;
import static no.gevinst.platform.control.ArchivalPdf.BODY_BOLD;
import static no.gevinst.platform.control.ArchivalPdf.bullets;
import static no.gevinst.platform.control.ArchivalPdf.cell;
import static no.gevinst.platform.control.ArchivalPdf.headerCell;
import static no.gevinst.platform.control.ArchivalPdf.paragraph;
import static no.gevinst.platform.control.ArchivalPdf.plain;
import static no.gevinst.platform.control.ArchivalPdf.table;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.platform.control.ArchivalPdf;
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

    private GrantLetter() {
    }

    /** The letter as a PDF/A, in {@code locale}'s language (Bokmål {@code nb}, Nynorsk {@code nn} or English). */
    public static byte[] render(Content content, Locale locale) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(locale, "locale");
        return ArchivalPdf.write(new ArchivalPdf.Description(text(locale, "letter.title") + " – "
                + content.reference(), content.applicationTitle(), text(locale, "letter.signatory"), locale,
                content.reference()), document -> new Writing(document, content, locale).letter());
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
            new Letterhead(content.municipalityName(), content.municipalityNumber(), content.organisationNumber(),
                    content.decidedOn(), content.reference(), text(locale, "letter.title"),
                    text(locale, "letter.subject", plain(content.applicationTitle()), plain(content.callTitle())))
                    .write(document, locale);
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
            PdfPTable table = table(58, 18, 24);
            table.addCell(headerCell(text(locale, "letter.plan.milestone"), Element.ALIGN_LEFT));
            table.addCell(headerCell(text(locale, "letter.plan.dueDate"), Element.ALIGN_LEFT));
            table.addCell(headerCell(text(locale, "letter.plan.amount"), Element.ALIGN_RIGHT));
            for (Instalment instalment : content.plan()) {
                table.addCell(cell(plain(instalment.title()) + (instalment.decisionPoint()
                        ? " – " + text(locale, "letter.plan.decisionPoint") : ""), BODY, Element.ALIGN_LEFT));
                table.addCell(cell(Formats.date(instalment.dueDate()), BODY, Element.ALIGN_LEFT));
                table.addCell(cell(Formats.amount(instalment.amount().amount()), BODY, Element.ALIGN_RIGHT));
            }
            PdfPCell total = cell(text(locale, "letter.plan.total"), BODY_BOLD, Element.ALIGN_LEFT);
            total.setColspan(2);
            table.addCell(total);
            table.addCell(cell(Formats.amount(content.planTotal().amount()), BODY_BOLD, Element.ALIGN_RIGHT));
            document.add(table);
            if (content.plan().stream().anyMatch(Instalment::decisionPoint)) {
                document.add(paragraph(text(locale, "letter.plan.decisionPoints")));
            }
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
                document.add(bullets(content.benefitIndicators().stream().map(ArchivalPdf::plain).toList()));
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
            Letterhead.closing(document, locale);
        }

        private void heading(String key) {
            document.add(ArchivalPdf.heading(text(locale, key)));
        }
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private static String money(Money amount) {
        return Formats.amount(amount.amount());
    }

    private static String bankAccount(String account) {
        return BankAccountNumber.isValid(account) ? BankAccountNumber.parse(account).formatted() : plain(account);
    }
}
