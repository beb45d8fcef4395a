package no.gevinst.applications.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationSection;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.SectionProgress;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.web.FacesMessages;

/**
 * An application as a task list ({@code municipality/application-tasks.xhtml?id=}) and its check page
 * ({@code application-check.xhtml?id=}): each section with how far it has come and what is missing there, then every
 * answer with a link to change it, and the act that submits. For the applicant while the application can be changed;
 * anyone else, or a submitted application, is sent to the application's own page.
 */
@Named
@ViewScoped
public class ApplicationTasks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem of the application, with the section that solves it and the field to go to there. */
    public record Problem(ApplicationSection section, String field, String text) {
    }

    @Inject
    Applications applications;

    @Inject
    FacesContext faces;

    private Long id;
    private long version;
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        ApplicationPages.openDraft(faces, applications, id).ifPresent(application -> version = application.getVersion());
    }

    /** Read afresh once per request. */
    public Application getApplication() {
        if (id == null) {
            return null;
        }
        return (Application) faces.getAttributes().computeIfAbsent(ApplicationTasks.class.getName() + id,
                key -> applications.find(id).orElse(null));
    }

    /** Every section with its state and what is missing there, in the form's order. */
    @SuppressWarnings("unchecked")
    public List<SectionProgress> getSections() {
        Application application = getApplication();
        if (application == null) {
            return List.of();
        }
        return (List<SectionProgress>) faces.getAttributes().computeIfAbsent(
                ApplicationTasks.class.getName() + ".sections" + id,
                key -> SectionProgress.of(application.content(), application.getAttachments().stream()
                        .anyMatch(a -> a.getPurpose() == AttachmentPurpose.APPLICATION)));
    }

    /** How many sections are complete, of those that must be. */
    public long getCompleteCount() {
        return getSections().stream().filter(s -> s.state() == SectionProgress.State.COMPLETE).count();
    }

    /** Everything that stands in the way of submitting, each message naming its field, in the form's order. */
    public List<Problem> getProblems() {
        var locale = faces.getViewRoot().getLocale();
        return getSections().stream().flatMap(section -> java.util.stream.Stream
                .concat(section.errors().stream(), section.missing().stream())
                .map(v -> new Problem(section.section(), inputOf(v.field()),
                        Messages.named(locale, Application.LABELS, v))))
                .toList();
    }

    /** The id of the input on the section's page that a field of a violation is typed in. */
    private static String inputOf(String field) {
        if (field.startsWith("milestones[") || field.startsWith("benefitTargets[")) {
            String list = field.substring(0, field.indexOf('['));
            String index = field.substring(field.indexOf('[') + 1, field.indexOf(']'));
            return "application:" + list + ":" + index + ":" + field.substring(field.indexOf("].") + 2);
        }
        return "application:" + field;
    }

    public boolean isComplete() {
        return getSections().stream().allMatch(s -> s.problemCount() == 0);
    }

    /** The application's own files, as listed on the check page. */
    public List<AttachmentRow> getAttachments() {
        Application application = getApplication();
        return application == null ? List.of() : application.getAttachments().stream()
                .filter(a -> a.getPurpose() == AttachmentPurpose.APPLICATION).map(AttachmentRow::of).toList();
    }

    /** Submits the application as it is stored; a refusal (something missing, a change by someone else) is shown. */
    public String submit() {
        var submitted = new java.util.concurrent.atomic.AtomicReference<Application>();
        if (FacesMessages.attempt(faces, field -> null, "application.changedBySomeoneElse",
                () -> submitted.set(applications.submit(id, version)))) {
            FacesMessages.infoAfterRedirect(faces, "application.submittedWithReference",
                    submitted.get().getReference());
            return "/application?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
