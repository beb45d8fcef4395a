package no.gevinst.cases.web;

import no.gevinst.applications.web.AttachmentRow;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.tracking.boundary.AccessLog;
import no.gevinst.applications.boundary.SubmissionView;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.boundary.Letters;
import no.gevinst.payments.entity.Grant;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.web.ApplicationPages;
import no.gevinst.applications.entity.SubmittedVersion;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.web.FacesMessages;
import org.omnifaces.util.Faces;

/**
 * One application as its readers see it ({@code ?id=}): the applicant with what is still missing and the acts it
 * may take, partners and the directorate read-only. An application the user may not read is not found.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    AccessLog accessLog;

    @Inject
    FacesContext faces;

    @Inject
    Assessments assessments;

    @Inject
    Grants grants;

    @Inject
    Letters letters;

    @Inject
    no.gevinst.audit.boundary.AuditTrail audit;

    @Inject
    no.gevinst.benefits.boundary.Benefits benefits;

    private Long id;
    private long version;
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Application application = ApplicationPages.read(faces, applications, id).orElse(null);
        if (application == null) {
            return;
        }
        version = application.getVersion();
    }

    /** Read afresh once per request, so the page always shows what is stored. */
    public Application getApplication() {
        if (id == null) {
            return null;
        }
        return (Application) faces.getAttributes().computeIfAbsent(ApplicationPage.class.getName() + id,
                key -> applications.find(id).orElse(null));
    }

    /** Forgets what this request read, so the page shows a change made in the same request (an upload). */
    public void refresh() {
        faces.getAttributes().keySet().removeIf(key -> key instanceof String name
                && name.startsWith(ApplicationPage.class.getName()));
    }

    /** Whether the user acts for the applicant; asked once per request, however often the page asks. */
    public boolean isApplicant() {
        Application application = getApplication();
        return application != null && (Boolean) faces.getAttributes().computeIfAbsent(
                ApplicationPage.class.getName() + ".applicant" + id, key -> applications.mayEdit(application));
    }

    public boolean isEditable() {
        Application application = getApplication();
        return isApplicant() && application.getStatus().isEditable();
    }

    public boolean isWithdrawable() {
        Application application = getApplication();
        return isApplicant() && application.getStatus().isWithdrawable();
    }

    /** What must be filled in before submitting, each message naming its field. */
    public List<String> getMissing() {
        Application application = getApplication();
        if (application == null || !isEditable()) {
            return List.of();
        }
        var locale = faces.getViewRoot().getLocale();
        return application.content().missing().stream()
                .map(v -> Messages.named(locale, Application.LABELS, v)).toList();
    }

    /** Why the directorate returned the application for changes, while it is returned. */
    public String getReturnReason() {
        Application application = getApplication();
        if (application == null || application.getStatus() != ApplicationStatus.RETURNED) {
            return null;
        }
        return assessments.find(application.getId()).map(a -> a.getReturnReason()).orElse(null);
    }

    /** A benefit target's realisation; all targets' are computed once per request. */
    @SuppressWarnings("unchecked")
    public no.gevinst.benefits.entity.Realisation realisation(long targetId) {
        var realisations = (java.util.Map<Long, no.gevinst.benefits.entity.Realisation>) faces.getAttributes()
                .computeIfAbsent(ApplicationPage.class.getName() + ".realisations" + id,
                        key -> benefits.realisations(id));
        return realisations.getOrDefault(targetId, no.gevinst.benefits.entity.Realisation.NOT_REPORTED);
    }

    /** Who in the directorate (or which system) has read the case, the latest 100, for the municipality's users. */
    public List<no.gevinst.tracking.boundary.AccessRecordView> getAccessLog() {
        return accessLogPage().items();
    }

    public long getAccessLogTotal() {
        return accessLogPage().total();
    }

    @SuppressWarnings("unchecked")
    private no.gevinst.platform.entity.Page<no.gevinst.tracking.boundary.AccessRecordView> accessLogPage() {
        return (no.gevinst.platform.entity.Page<no.gevinst.tracking.boundary.AccessRecordView>) faces.getAttributes()
                .computeIfAbsent(ApplicationPage.class.getName() + ".accessLog" + id, key -> {
                    if (getApplication() == null) {
                        return new no.gevinst.platform.entity.Page<>(List.of(), 0, 0, 100);
                    }
                    var page = accessLog.of(id, 0, 100);
                    return new no.gevinst.platform.entity.Page<>(page.items().stream()
                            .map(no.gevinst.tracking.boundary.AccessRecordView::of).toList(), page.total(), 0, 100);
                });
    }

    /** Every recorded act on the application, for the directorate's readers. */
    public List<no.gevinst.audit.boundary.TrailEvent> getHistory() {
        return id == null ? List.of() : audit.history(Applications.ENTITY, String.valueOf(id));
    }

    /** The application as submitted, a PDF per submission; read once per request. */
    @SuppressWarnings("unchecked")
    public List<SubmissionView> getSubmissions() {
        if (getApplication() == null) {
            return List.of();
        }
        return (List<SubmissionView>) faces.getAttributes().computeIfAbsent(
                ApplicationPage.class.getName() + ".submissions" + id,
                key -> applications.submissions(id).stream().map(SubmissionView::of).toList());
    }

    public void downloadSubmission(int number) throws IOException {
        try {
            SubmittedVersion submitted = applications.submission(id, number);
            Faces.sendFile(submitted.getContent(), submitted.fileName(), true);
        } catch (NotFoundException gone) {
            FacesMessages.error(faces, "submission.notFound");
        }
    }

    /** The application's own attachments; evidence after the grant is listed with its milestone or the operation. */
    public List<AttachmentRow> getAttachments() {
        return attachments(a -> a.getPurpose() == AttachmentPurpose.APPLICATION);
    }

    /** The evidence for a milestone report, or for the operation report when {@code milestoneId} is null. */
    public List<AttachmentRow> evidence(Long milestoneId) {
        return attachments(a -> milestoneId == null ? a.getPurpose() == AttachmentPurpose.OPERATION
                : milestoneId.equals(a.getMilestoneId()));
    }

    private List<AttachmentRow> attachments(java.util.function.Predicate<no.gevinst.applications.entity.Attachment> which) {
        Application application = getApplication();
        return application == null ? List.of()
                : application.getAttachments().stream().filter(which).map(AttachmentRow::of).toList();
    }

    public String withdraw() {
        return act(() -> applications.withdraw(id, version), "application.withdrawn");
    }

    /** Runs an act on the application: back to its page with {@code doneKey} told, or the refusal shown here. */
    private String act(Runnable act, String doneKey) {
        if (FacesMessages.attempt(faces, field -> null, "application.changedBySomeoneElse", act)) {
            FacesMessages.infoAfterRedirect(faces, doneKey);
            return "/application?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /** The grant, once decided; read once per request. */
    public Grant getGrant() {
        Application application = getApplication();
        if (application == null) {
            return null;
        }
        return (Grant) faces.getAttributes().computeIfAbsent(ApplicationPage.class.getName() + ".grant" + id,
                key -> grants.find(id).orElse(null));
    }

    /** Taken, to be taken, or awaiting a decision: there is casework to do on the assessment page. */
    public boolean isInCasework() {
        Application application = getApplication();
        return application != null && java.util.EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_ASSESSMENT,
                ApplicationStatus.RECOMMENDED).contains(application.getStatus());
    }

    /** Accepted, in progress or operational: milestones can be reported and paid. */
    public boolean isPayable() {
        Application application = getApplication();
        return application != null && application.getStatus().isPayable();
    }

    /** Accepted or in progress: not yet in operation, not ended. */
    public boolean isRunning() {
        Application application = getApplication();
        return application != null && application.getStatus().isRunning();
    }

    /** The lead municipality may accept or decline a grant it has not answered yet. */
    public boolean isAnswerable() {
        Application application = getApplication();
        return isApplicant() && application.getStatus() == ApplicationStatus.GRANTED;
    }

    public String accept() {
        return act(() -> grants.accept(id), "grant.accepted");
    }

    public String decline() {
        return act(() -> grants.decline(id), "grant.declined");
    }

    public void downloadLetter() throws IOException {
        try {
            Faces.sendFile(letters.letter(id).getContent(), IssuedLetter.fileName(getApplication()), true);
        } catch (NotFoundException gone) {
            FacesMessages.error(faces, "grant.noLetter");
        }
    }

    /** The letters of the decisions taken on the grant after its grant letter, oldest first. */
    public java.util.List<no.gevinst.payments.entity.FollowUpLetter> getFollowUpLetters() {
        return id == null ? java.util.List.of() : (java.util.List<no.gevinst.payments.entity.FollowUpLetter>) faces
                .getAttributes().computeIfAbsent(ApplicationPage.class.getName() + ".letters" + id,
                        key -> letters.followUpLetters(id));
    }

    public void downloadFollowUpLetter(long letterId) throws IOException {
        try {
            var letter = letters.followUpLetter(id, letterId);
            Faces.sendFile(letter.getContent(), letter.fileName(getApplication()), true);
        } catch (NotFoundException gone) {
            FacesMessages.error(faces, "grant.noLetter");
        }
    }

    public void download(long attachmentId) throws IOException {
        try {
            var file = applications.download(id, attachmentId);
            Faces.sendFile(file.content(), file.fileName(), true);
        } catch (NotFoundException gone) {
            FacesMessages.error(faces, "attachment.notFound");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
