package no.gevinst.archive.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.SubmittedVersion;
import no.gevinst.archive.entity.ArchiveDocument.FiledDocument;
import no.gevinst.archive.entity.ArchiveMessage;
import no.gevinst.archive.entity.DocumentSource;
import no.gevinst.archive.entity.FiledAct;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.audit.entity.AuditEvent;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.ChangeRequest;
import no.gevinst.payments.entity.FollowUpLetter;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.platform.entity.PublicText;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.i18n.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files the acts of a case in the archive's outbox, in the act's own transaction: it observes the events the acts
 * record, and for each act that the archive keeps writes its arkivmelding and names its documents. The titles are
 * the directorate's, in Bokmål; the public title holds no personal name (the application's contact person, and
 * anything shaped like an email address or a telephone number, are taken out). A document that holds what people
 * wrote is screened.
 */
@Stateless
public class Filings {

    private static final String APPLICATION = "Application";
    private static final Locale DIRECTORATE = Languages.BOKMAAL;

    private static final Map<AuditKind, FiledAct> FILED = Map.ofEntries(
            Map.entry(AuditKind.APPLICATION_SUBMITTED, FiledAct.APPLICATION_RECEIVED),
            Map.entry(AuditKind.DECISION_GRANTED, FiledAct.GRANT_LETTER),
            Map.entry(AuditKind.DECISION_REJECTED, FiledAct.REJECTION),
            Map.entry(AuditKind.GRANT_ACCEPTED, FiledAct.ACCEPTANCE),
            Map.entry(AuditKind.GRANT_DECLINED, FiledAct.DECLINE),
            Map.entry(AuditKind.MILESTONE_REPORTED, FiledAct.MILESTONE_REPORT),
            Map.entry(AuditKind.OPERATION_REPORTED, FiledAct.OPERATION_REPORT),
            Map.entry(AuditKind.GRANT_CANCELLED, FiledAct.CANCELLATION),
            Map.entry(AuditKind.DECISION_POINT_GO, FiledAct.DECISION_POINT),
            Map.entry(AuditKind.DECISION_POINT_STOPPED, FiledAct.DECISION_POINT),
            Map.entry(AuditKind.CHANGE_REQUESTED, FiledAct.CHANGE_REQUEST),
            Map.entry(AuditKind.CHANGE_APPROVED, FiledAct.CHANGE_DECISION),
            Map.entry(AuditKind.CHANGE_REJECTED, FiledAct.CHANGE_DECISION),
            Map.entry(AuditKind.GRANT_CLOSED, FiledAct.CLOSING));

    @PersistenceContext
    EntityManager em;

    /**
     * Whether each message is checked against the archive's schema as it is written, failing the act when it breaks
     * it: on in the tests, so that every message any test makes is checked; off in production, where the delivery
     * checks each message and gives up on one that breaks the schema, for an administrator to see, and the act
     * stands.
     */
    @Inject
    @ConfigProperty(name = "gevinst.archive.check-on-filing", defaultValue = "false")
    boolean checkOnFiling;

    public void on(@Observes AuditEvent event) {
        FiledAct act = FILED.get(event.getKind());
        if (act == null || !APPLICATION.equals(event.getEntityType()) || event.getEntityId() == null) {
            return;
        }
        Application application = em.find(Application.class, Long.valueOf(event.getEntityId()));
        if (application != null) {
            file(application, act, event.getOccurredAt());
        }
    }

    private void file(Application application, FiledAct act, Instant at) {
        int position = em.createQuery("select count(m) from ArchiveMessage m where m.applicationId = :id",
                Long.class).setParameter("id", application.getId()).getSingleResult().intValue() + 1;
        String key = application.getReference() + "/" + position;
        Assessment assessment = em.find(Assessment.class, application.getId());
        Writing writing = new Writing(application, act, at, application.getMunicipality().writtenLanguage());
        List<Arkivmeldinger.Document> documents = writing.documents(assessment);
        Arkivmeldinger.Entry entry = new Arkivmeldinger.Entry(key, act, writing.title(false), writing.title(true), at,
                documents);
        String message = Arkivmeldinger.write(caseFolder(application, act, assessment), entry);
        if (checkOnFiling) {
            List<String> errors = ArchiveSchemas.arkivmeldingErrors(message);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("The arkivmelding of " + key + " breaks the schema: " + errors
                        + "\n" + message);
            }
        }
        em.persist(new ArchiveMessage(application.getId(), position, key, act, message, writing.files(), at));
    }

    private Arkivmeldinger.Case caseFolder(Application application, FiledAct act, Assessment assessment) {
        Municipality municipality = application.getMunicipality();
        String name = Messages.text(DIRECTORATE, "letter.addressee", municipality.getName());
        Arkivmeldinger.Person responsible = assessment == null ? null : person(assessment.getAssessor());
        // the first submission's moment, read from the entity: an aggregate of a converted time is the driver's type
        Instant opened = em.createQuery("select s from SubmittedVersion s where s.application = :application"
                + " order by s.number", SubmittedVersion.class).setParameter("application", application)
                .setMaxResults(1).getResultStream().findFirst().map(SubmittedVersion::getSubmittedAt).orElse(null);
        return new Arkivmeldinger.Case(application.getReference(),
                Messages.text(DIRECTORATE, "archive.case.title", name, application.getTitle()),
                Messages.text(DIRECTORATE, "archive.case.title", name, publicText(application,
                        application.getTitle())),
                (opened == null ? application.getSubmittedAt() : opened).atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate(),
                act == FiledAct.CLOSING, responsible,
                new Arkivmeldinger.Party(name, municipality.getOrganisationNumber()
                        .map(OrganisationNumber::value).orElse(null)));
    }

    private Arkivmeldinger.Person person(String username) {
        String name = em.createQuery("select u.fullName from UserAccount u where u.username = :username",
                String.class).setParameter("username", username).getResultStream().findFirst().orElse(username);
        return new Arkivmeldinger.Person(name, username);
    }

    /** What may be published of a text the municipality wrote: without its contact person, emails and numbers. */
    private static String publicText(Application application, String text) {
        return PublicText.of(text, java.util.Arrays.asList(application.getContactName(),
                application.getContactEmail(), application.getContactPhone()));
    }

    /** One act being filed: its titles, its documents, and the records written for it. */
    private final class Writing {

        private final Application application;
        private final FiledAct act;
        private final Instant at;
        private final Locale language;
        private final List<FiledDocument> files = new ArrayList<>();
        private final List<Arkivmeldinger.Document> documents = new ArrayList<>();
        private String subject = "";

        Writing(Application application, FiledAct act, Instant at, Locale language) {
            this.application = application;
            this.act = act;
            this.at = at;
            this.language = language;
        }

        /** "Tilsagn om tilskudd – HT-2027-0001 – Drammen kommune", public: without personal names. */
        String title(boolean open) {
            String what = Messages.text(DIRECTORATE, "archive.entry." + act.name(),
                    open ? publicText(application, subject) : subject);
            return what + " – " + application.getReference() + " – "
                    + Messages.text(DIRECTORATE, "letter.addressee", application.getMunicipality().getName());
        }

        List<FiledDocument> files() {
            return files;
        }

        List<Arkivmeldinger.Document> documents(Assessment assessment) {
            switch (act) {
                case APPLICATION_RECEIVED -> {
                    SubmittedVersion submitted = em.createQuery("select s from SubmittedVersion s"
                            + " where s.application = :application order by s.number desc", SubmittedVersion.class)
                            .setParameter("application", application).setMaxResults(1).getSingleResult();
                    subject = String.valueOf(submitted.getNumber());
                    kept(Messages.text(DIRECTORATE, "archive.document.application", submitted.getNumber()),
                            submitted.fileName(), DocumentSource.SUBMISSION, submitted.getId(), submitted.getSha256(),
                            submitted.getSizeBytes(), true, true, "SØKNAD");
                    attachments(AttachmentPurpose.APPLICATION, null);
                }
                case GRANT_LETTER -> {
                    IssuedLetter letter = em.find(IssuedLetter.class, application.getId());
                    boolean commented = assessment != null && assessment.getDecisionComment() != null
                            && !assessment.getDecisionComment().isBlank();
                    kept(Messages.text(DIRECTORATE, "archive.entry.GRANT_LETTER", ""), IssuedLetter.fileName(
                            application), DocumentSource.LETTER, application.getId(), letter.getSha256(),
                            letter.getContent().length, commented, true, "VEDTAK");
                }
                case REJECTION -> {
                    String reason = assessment == null ? null : assessment.getDecisionComment();
                    record("VEDTAK", reason != null && !reason.isBlank(), text("archive.record.rejected"),
                            reason == null || reason.isBlank() ? null : text("archive.record.reason", reason.strip()),
                            text("letter.appeal.text"));
                }
                case ACCEPTANCE -> record("MELDING", false, text("archive.record.accepted"));
                case DECLINE -> record("MELDING", false, text("archive.record.declined"));
                case MILESTONE_REPORT -> {
                    GrantMilestone milestone = grant().getMilestones().stream()
                            .filter(m -> m.getStatus() == MilestoneStatus.REPORTED && m.getReportedAt() != null)
                            .max(Comparator.comparing(GrantMilestone::getReportedAt)).orElseThrow();
                    subject = milestone.getTitle();
                    record("RAPPORT", true, text("archive.record.milestone", milestone.getTitle(),
                            Formats.date(milestone.getCompletedOn())),
                            text("archive.record.description", milestone.getDescription()));
                    attachments(AttachmentPurpose.MILESTONE, milestone.getId());
                }
                case OPERATION_REPORT -> {
                    Grant grant = grant();
                    record("RAPPORT", true, text("archive.record.operation",
                            Formats.date(grant.getOperation().getSince())),
                            text("archive.record.description", grant.getOperation().getDescription()));
                    attachments(AttachmentPurpose.OPERATION, null);
                }
                case CANCELLATION -> {
                    String reason = grant().getEnding() == null ? null : grant().getEnding().getReason();
                    record("VEDTAK", reason != null && !reason.isBlank(), text("archive.record.cancelled"),
                            reason == null || reason.isBlank() ? null : text("archive.record.reason", reason.strip()),
                            text("letter.appeal.text"));
                }
                case CHANGE_REQUEST -> {
                    ChangeRequest change = em.createQuery("select c from ChangeRequest c"
                            + " where c.applicationId = :id order by c.id desc", ChangeRequest.class)
                            .setParameter("id", application.getId()).setMaxResults(1).getSingleResult();
                    record("SØKNAD", true, text("archive.record.changeRequested", change.getKinds().stream()
                                    .sorted().map(kind -> text("changeKind." + kind.name()).toLowerCase(language))
                                    .collect(java.util.stream.Collectors.joining(", "))),
                            text("archive.record.reason", change.getJustification()));
                }
                case DECISION_POINT, CHANGE_DECISION -> {
                    FollowUpLetter letter = em.createQuery("select l from FollowUpLetter l"
                            + " where l.applicationId = :id order by l.id desc", FollowUpLetter.class)
                            .setParameter("id", application.getId()).setMaxResults(1).getSingleResult();
                    // screened, as a cancellation's reason is: the grounds are free text that may name people
                    kept(Messages.text(DIRECTORATE, "followUpKind." + letter.getKind().name()),
                            letter.fileName(application), DocumentSource.FOLLOW_UP_LETTER, letter.getId(),
                            letter.getSha256(), letter.getSizeBytes(), true, true, "VEDTAK");
                }
                case CLOSING -> record("NOTAT", false, text("archive.record.closed"));
                default -> throw new IllegalStateException("Not filed: " + act);
            }
            return documents;
        }

        private Grant grant() {
            return em.find(Grant.class, application.getId());
        }

        private String text(String key, Object... arguments) {
            return Messages.text(language, key, arguments);
        }

        /** The main document: a record of the act, its paragraphs those that are not null. */
        private void record(String type, boolean screened, String... paragraphs) {
            String title = Messages.text(DIRECTORATE, "archive.entry." + act.name(), subject);
            byte[] pdf = ActRecords.render(Messages.text(language, "archive.entry." + act.name(), subject),
                    application.getReference(), application.getTitle(), at,
                    java.util.Arrays.stream(paragraphs).filter(java.util.Objects::nonNull).toList(), language);
            int number = documents.size() + 1;
            String fileName = fileName(number, act.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf");
            FiledDocument file = FiledDocument.record(number, fileName, pdf);
            files.add(file);
            documents.add(new Arkivmeldinger.Document(number, title, fileName, file.sha256(), file.sizeBytes(),
                    true, screened, true, type));
        }

        private void kept(String title, String name, DocumentSource source, long sourceId, String sha256, long size,
                boolean screened, boolean archival, String type) {
            int number = documents.size() + 1;
            String fileName = fileName(number, name);
            files.add(FiledDocument.kept(number, fileName, source, sourceId, sha256, size));
            documents.add(new Arkivmeldinger.Document(number, title, fileName, sha256, size, number == 1, screened,
                    archival, type));
        }

        /** The case's own attachments, or a report's evidence: screened, as uploaded. */
        private void attachments(AttachmentPurpose purpose, Long milestoneId) {
            for (Attachment attachment : application.getAttachments()) {
                if (attachment.getPurpose() == purpose && (milestoneId == null
                        || milestoneId.equals(attachment.getMilestoneId()))) {
                    kept(attachment.getFileName(), attachment.getFileName(), DocumentSource.ATTACHMENT,
                            attachment.getId(), attachment.getSha256(), attachment.getSizeBytes(), true, false,
                            "VEDLEGG");
                }
            }
        }

        /** The file's name in the message: numbered, and only letters, digits, dots and hyphens. */
        private String fileName(int number, String name) {
            String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('ø', 'o').replace('Ø', 'O').replace('æ', 'e')
                    .replace('Æ', 'E').replaceAll("[^A-Za-z0-9.-]+", "-");
            return String.format(Locale.ROOT, "%02d-%s", number, plain);
        }
    }
}
