package no.gevinst.applications.control;

import static no.gevinst.platform.control.ArchivalPdf.BODY;
import static no.gevinst.platform.control.ArchivalPdf.BODY_BOLD;
import static no.gevinst.platform.control.ArchivalPdf.LEADING;
import static no.gevinst.platform.control.ArchivalPdf.SENDER;
import static no.gevinst.platform.control.ArchivalPdf.TITLE;
import static no.gevinst.platform.control.ArchivalPdf.bullets;
import static no.gevinst.platform.control.ArchivalPdf.cell;
import static no.gevinst.platform.control.ArchivalPdf.headerCell;
import static no.gevinst.platform.control.ArchivalPdf.heading;
import static no.gevinst.platform.control.ArchivalPdf.paragraph;
import static no.gevinst.platform.control.ArchivalPdf.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.applications.entity.PlannedMilestone;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.platform.control.ArchivalPdf;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The application as the municipality submitted it, as a PDF/A for the case and the archive: every answer of the form
 * under the form's own labels and sections, the payment plan and the benefit targets as tables, and the attachments
 * by name and checksum (their files are filed beside it). Written in the municipality's language form.
 */
public final class ApplicationPdf {

    private ApplicationPdf() {
    }

    /** The {@code number}th submission of {@code application}, sent at {@code submittedAt} by {@code submittedBy}. */
    public static byte[] render(Application application, int number, Instant submittedAt, String submittedBy,
            Locale locale) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(locale, "locale");
        String title = Messages.text(locale, "submission.title") + " – " + application.getReference();
        return ArchivalPdf.write(new ArchivalPdf.Description(title, application.getTitle(),
                        Messages.text(locale, "letter.addressee", application.getMunicipality().getName()), locale,
                        application.getReference() + " v" + number),
                document -> new Writing(document, application, locale).application(number, submittedAt,
                        submittedBy));
    }

    /** One application being written. */
    private record Writing(Document document, Application application, Locale locale) {

        void application(int number, Instant submittedAt, String submittedBy) {
            document.add(new Paragraph(text("letter.addressee", application.getMunicipality().getName()), SENDER));
            var title = new Paragraph(text("submission.title"), TITLE);
            title.setSpacingBefore(14);
            document.add(title);
            facts(List.of(
                    fact("submission.reference", application.getReference()),
                    fact("application.field.callId", application.getCall().getTitle()),
                    fact("submission.applicant", applicant(application.getMunicipality())),
                    fact("application.field.partnerMunicipalities", application.getPartners().isEmpty()
                            ? text("submission.none")
                            : String.join(", ", application.getPartners().stream().map(this::named).toList())),
                    fact("submission.submitted", text("submission.submittedBy", new Formats().instant(submittedAt),
                            submittedBy)),
                    fact("submission.version", String.valueOf(number))));
            project();
            contact();
            money();
            targets();
            attachments();
        }

        private void project() {
            document.add(heading(text("application.section.project")));
            facts(List.of(
                    fact("application.field.title", application.getTitle()),
                    fact("application.field.category", application.getCategory() == null ? null
                            : text("category." + application.getCategory().name()))));
            answer("application.field.summary", application.getSummary());
            answer("application.field.serviceChange", application.getServiceChange());
        }

        private void contact() {
            document.add(heading(text("application.section.contact")));
            facts(List.of(
                    fact("application.field.contactName", application.getContactName()),
                    fact("application.field.contactEmail", application.getContactEmail()),
                    fact("application.field.contactPhone", application.getContactPhone()),
                    fact("application.field.bankAccount",
                            application.getBankAccount().map(BankAccountNumber::formatted).orElse(null))));
        }

        private void money() {
            document.add(heading(text("application.section.money")));
            facts(List.of(
                    fact("application.field.eligibleCost", amount(application.getEligibleCost())),
                    fact("application.field.ownContribution", amount(application.getOwnContribution())),
                    fact("application.field.requestedAmount", amount(application.getRequestedAmount())),
                    fact("application.field.plannedStartDate", date(application.getPlannedStartDate())),
                    fact("application.field.plannedOperationDate", date(application.getPlannedOperationDate()))));
            document.add(subheading("application.field.milestones"));
            PdfPTable plan = table(58, 18, 24);
            plan.addCell(headerCell(text("application.field.milestones.title"), Element.ALIGN_LEFT));
            plan.addCell(headerCell(text("application.field.milestones.dueDate"), Element.ALIGN_LEFT));
            plan.addCell(headerCell(text("application.field.milestones.amount"), Element.ALIGN_RIGHT));
            Money total = Money.ZERO;
            for (PlannedMilestone milestone : application.getMilestones()) {
                plan.addCell(cell(milestone.getTitle(), BODY, Element.ALIGN_LEFT));
                plan.addCell(cell(date(milestone.getDueDate()), BODY, Element.ALIGN_LEFT));
                plan.addCell(cell(amount(milestone.getAmount()), BODY, Element.ALIGN_RIGHT));
                total = total.plus(milestone.getAmount());
            }
            PdfPCell sum = cell(text("letter.plan.total"), BODY_BOLD, Element.ALIGN_LEFT);
            sum.setColspan(2);
            plan.addCell(sum);
            plan.addCell(cell(amount(total), BODY_BOLD, Element.ALIGN_RIGHT));
            document.add(plan);
        }

        private void targets() {
            document.add(heading(text("application.field.benefitTargets")));
            PdfPTable targets = table(34, 16, 18, 18, 14);
            for (String label : List.of("indicator", "kind", "baseline", "target", "owner")) {
                targets.addCell(headerCell(text("application.field.benefitTargets." + label), Element.ALIGN_LEFT));
            }
            for (BenefitTarget target : application.getBenefitTargets()) {
                targets.addCell(cell(target.getIndicator(), BODY, Element.ALIGN_LEFT));
                targets.addCell(cell(target.getKind() == null ? "" : text("benefitKind." + target.getKind().name()),
                        BODY, Element.ALIGN_LEFT));
                targets.addCell(cell(measured(target.getBaseline(), target.getUnit(), target.getBaselineDate()), BODY,
                        Element.ALIGN_LEFT));
                targets.addCell(cell(measured(target.getTarget(), target.getUnit(), target.getTargetDate()), BODY,
                        Element.ALIGN_LEFT));
                targets.addCell(cell(target.getOwner(), BODY, Element.ALIGN_LEFT));
            }
            document.add(targets);
        }

        private void attachments() {
            document.add(heading(text("application.section.attachments")));
            List<Attachment> own = application.getAttachments().stream()
                    .filter(attachment -> attachment.getPurpose() == AttachmentPurpose.APPLICATION).toList();
            if (own.isEmpty()) {
                document.add(paragraph(text("application.attachments.none")));
                return;
            }
            document.add(bullets(own.stream().map(attachment -> text("submission.attachment",
                    attachment.getFileName(), Formats.integer(attachment.getSizeBytes()), attachment.getSha256()))
                    .toList()));
        }

        /** Label and answer, two columns; what is not answered shows as a dash. */
        private void facts(List<String[]> facts) {
            PdfPTable table = table(32, 68);
            table.setHeaderRows(0);
            for (String[] fact : facts) {
                PdfPCell label = cell(fact[0], BODY_BOLD, Element.ALIGN_LEFT);
                label.setBorder(PdfPCell.NO_BORDER);
                table.addCell(label);
                PdfPCell value = cell(fact[1], BODY, Element.ALIGN_LEFT);
                value.setBorder(PdfPCell.NO_BORDER);
                table.addCell(value);
            }
            document.add(table);
        }

        /** A longer answer: its label, then the text as typed, paragraphs kept. */
        private void answer(String labelKey, String answer) {
            Paragraph label = new Paragraph(LEADING, text(labelKey), BODY_BOLD);
            label.setSpacingBefore(6);
            document.add(label);
            document.add(paragraph(answer == null || answer.isBlank() ? "–" : answer.strip()));
        }

        private Paragraph subheading(String key) {
            var subheading = new Paragraph(LEADING, text(key), BODY_BOLD);
            subheading.setSpacingBefore(8);
            return subheading;
        }

        private String[] fact(String labelKey, String value) {
            return new String[] {text(labelKey), value == null || value.isBlank() ? "–" : value};
        }

        private String applicant(Municipality municipality) {
            return named(municipality) + municipality.getOrganisationNumber()
                    .map(number -> ", " + text("letter.organisationNumber", number.formatted())).orElse("");
        }

        private String named(Municipality municipality) {
            return text("letter.addressee", municipality.getName()) + " (" + municipality.getNumber() + ")";
        }

        private String measured(BigDecimal value, String unit, LocalDate on) {
            if (value == null) {
                return "–";
            }
            return Formats.measure(value) + Optional.ofNullable(unit).filter(u -> !u.isBlank()).map(u -> " " + u)
                    .orElse("") + (on == null ? "" : " (" + date(on) + ")");
        }

        private String text(String key, Object... arguments) {
            return Messages.text(locale, key, arguments);
        }
    }

    private static String amount(Money money) {
        return money == null ? null : Formats.amount(money.amount());
    }

    private static String date(LocalDate date) {
        return date == null ? null : Formats.date(date);
    }
}
