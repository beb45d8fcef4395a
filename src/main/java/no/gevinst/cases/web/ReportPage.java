package no.gevinst.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.applications.web.AttachmentRow;
import no.gevinst.benefits.boundary.Benefits;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.web.FacesMessages;

/**
 * A milestone report ({@code municipality/report.xhtml?id=&milestone=}) or the operation report ({@code &operation=true})
 * in steps, as the application's task list: what to report, the evidence, then everything on one page to check,
 * with a way back to each step, and the act that sends it. What is typed is kept across the steps until it is sent;
 * evidence is stored as it is uploaded. For the lead municipality while the report can be made; anyone else, or a
 * milestone already verified, is sent to the application's page.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The steps in order. */
    public enum Step {
        WHAT, EVIDENCE, CHECK
    }

    @Inject
    Applications applications;

    @Inject
    Grants grants;

    @Inject
    Benefits benefits;

    @Inject
    FacesContext faces;

    private Long id;
    private Long milestoneId;
    private boolean operation;
    private boolean loaded;
    private Step step = Step.WHAT;
    /** The date and text of the report, as typed. */
    private final GrantPanel.Entry report = new GrantPanel.Entry();
    /** The first measurement of each benefit target, typed with the operation report, by the target's id. */
    private final Map<Long, GrantPanel.Entry> measurements = new TreeMap<>();
    private transient Part file;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Application application = getApplication();
        Grant grant = getGrant();
        if (application == null || grant == null || (milestoneId == null) == !operation
                || (milestoneId != null && grant.getMilestones().stream().noneMatch(m -> m.getId().equals(milestoneId)))) {
            FacesMessages.notFound(faces);
            return;
        }
        if (!applications.mayEdit(application) || !reportable(application)) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/application.xhtml?id=" + id);
        }
    }

    /** A milestone planned or reported again after it was sent back; operation while the grant runs. */
    private boolean reportable(Application application) {
        if (operation) {
            return application.getStatus().isRunning();
        }
        MilestoneStatus status = getMilestone().getStatus();
        return application.getStatus().isPayable()
                && (status == MilestoneStatus.PLANNED || status == MilestoneStatus.REPORTED);
    }

    /** Read afresh once per request. */
    public Application getApplication() {
        return id == null ? null : (Application) faces.getAttributes().computeIfAbsent(
                ReportPage.class.getName() + id, key -> applications.find(id).orElse(null));
    }

    /** The grant, for an application the user may read; null for any other. */
    public Grant getGrant() {
        return getApplication() == null ? null : (Grant) faces.getAttributes().computeIfAbsent(
                ReportPage.class.getName() + ".grant" + id, key -> grants.find(id).orElse(null));
    }

    /** The milestone reported; null for the operation report. */
    public GrantMilestone getMilestone() {
        Grant grant = getGrant();
        return grant == null || milestoneId == null ? null
                : grant.getMilestones().stream().filter(m -> m.getId().equals(milestoneId)).findFirst().orElse(null);
    }

    /** The evidence stored so far for this report. */
    public List<AttachmentRow> getEvidence() {
        Application application = getApplication();
        return application == null ? List.of() : application.getAttachments().stream()
                .filter(a -> operation ? a.getPurpose() == AttachmentPurpose.OPERATION
                        : milestoneId.equals(a.getMilestoneId()))
                .map(AttachmentRow::of).toList();
    }

    /** A milestone report needs evidence before it is sent; the operation report may go without. */
    public boolean isEvidenceMissing() {
        return !operation && getEvidence().isEmpty();
    }

    public List<BenefitTarget> getTargets() {
        Application application = getApplication();
        return application == null ? List.of() : application.getBenefitTargets();
    }

    /** The first measurement typed for a benefit target. */
    public GrantPanel.Entry measurement(long benefitTargetId) {
        return measurements.computeIfAbsent(benefitTargetId, key -> new GrantPanel.Entry());
    }

    /** On to the next step; a file chosen on the evidence step but not uploaded is uploaded first. */
    public String next() {
        if (step == Step.EVIDENCE && file != null && file.getSize() > 0 && !upload()) {
            return null;
        }
        step = Step.values()[Math.min(step.ordinal() + 1, Step.values().length - 1)];
        return null;
    }

    public String back() {
        step = Step.values()[Math.max(step.ordinal() - 1, 0)];
        return null;
    }

    /** Back to a step from the check page, to change what it holds. */
    public String change(Step to) {
        step = to;
        return null;
    }

    /** Stores the chosen file as evidence for this report. */
    public String uploadEvidence() {
        upload();
        return null;
    }

    private boolean upload() {
        boolean stored = FacesMessages.attempt(faces, field -> "report:file", () -> {
            if (file == null || file.getSize() == 0) {
                throw new InvalidInputException(List.of(Violation.of("file", "validation.required")),
                        Application.LABELS);
            }
            if (file.getSize() > Attachment.MAX_BYTES) {
                throw new InvalidInputException(List.of(Violation.of("file", "validation.attachment.tooLarge", 20)),
                        Application.LABELS);
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException unreadable) {
                throw new InvalidInputException(List.of(Violation.of("file", "attachment.uploadFailed")),
                        Application.LABELS);
            }
            grants.attachEvidence(id, operation ? null : milestoneId, file.getSubmittedFileName(), content);
        });
        file = null;
        if (stored) {
            faces.getAttributes().remove(ReportPage.class.getName() + id);
            FacesMessages.info(faces, "evidence.uploaded");
        }
        return stored;
    }

    /** Sends the report: the act of reporting the milestone, or of reporting operation with the first measurements. */
    public String send() {
        Runnable act = operation
                ? () -> benefits.reportOperation(id, report.getDate(), report.getText(), firstMeasurements())
                : () -> grants.reportMilestone(id, milestoneId, report.getDate(), report.getText());
        if (FacesMessages.attempt(faces, act)) {
            FacesMessages.infoAfterRedirect(faces, operation ? "operation.reported" : "milestone.reported");
            return "/application?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /** The first measurements typed, blank ones left out. */
    private List<Benefits.FirstMeasurement> firstMeasurements() {
        return measurements.entrySet().stream()
                .filter(e -> e.getValue().getValue() != null
                        || e.getValue().getText() != null && !e.getValue().getText().isBlank())
                .map(e -> new Benefits.FirstMeasurement(e.getKey(),
                        new Measurement.Report(report.getDate(), e.getValue().getValue(), e.getValue().getText(), null)))
                .toList();
    }

    /** What is reported: "Rapporter milepæl 2: Innføring", or the operation report. */
    public String getHeading() {
        GrantMilestone milestone = getMilestone();
        var locale = faces.getViewRoot().getLocale();
        return milestone == null ? Messages.text(locale, "operation.report")
                : Messages.text(locale, "report.milestone.heading", milestone.getPosition() + 1, milestone.getTitle());
    }

    public Step getStep() {
        return step;
    }

    public boolean at(String name) {
        return step.name().equals(name);
    }

    public List<Step> getSteps() {
        return List.of(Step.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public boolean isOperation() {
        return operation;
    }

    public void setOperation(boolean operation) {
        this.operation = operation;
    }

    public GrantPanel.Entry getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
