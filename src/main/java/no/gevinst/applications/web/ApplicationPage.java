package no.gevinst.applications.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.assessment.entity.IssuedLetter;
import no.gevinst.budget.boundary.Grants;
import no.gevinst.budget.entity.Grant;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.StaleVersionException;
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
    FacesContext faces;

    @Inject
    Assessments assessments;

    @Inject
    Grants grants;

    private Long id;
    private long version;
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Application application = id == null ? null : applications.find(id).orElse(null);
        if (application == null) {
            FacesMessages.notFound(faces);
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

    public List<AttachmentRow> getAttachments() {
        Application application = getApplication();
        return application == null ? List.of() : application.getAttachments().stream().map(AttachmentRow::of).toList();
    }

    public String submit() {
        try {
            Application submitted = applications.submit(id, version);
            FacesMessages.infoAfterRedirect(faces, "application.submittedWithReference", submitted.getReference());
            return "/application?faces-redirect=true&id=" + id;
        } catch (InvalidInputException incomplete) {
            FacesMessages.error(faces, "application.incomplete");
        } catch (StaleVersionException stale) {
            FacesMessages.error(faces, "application.changedBySomeoneElse");
        } catch (DomainException refused) {
            FacesMessages.error(faces, refused.messageKey(), refused.arguments());
        }
        return null;
    }

    public String withdraw() {
        try {
            applications.withdraw(id, version);
            FacesMessages.infoAfterRedirect(faces, "application.withdrawn");
            return "/application?faces-redirect=true&id=" + id;
        } catch (StaleVersionException stale) {
            FacesMessages.error(faces, "application.changedBySomeoneElse");
        } catch (DomainException refused) {
            FacesMessages.error(faces, refused.messageKey(), refused.arguments());
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

    /** The lead municipality may accept or decline a grant it has not answered yet. */
    public boolean isAnswerable() {
        Application application = getApplication();
        return isApplicant() && application.getStatus() == ApplicationStatus.GRANTED;
    }

    public String accept() {
        try {
            grants.accept(id);
            FacesMessages.infoAfterRedirect(faces, "grant.accepted");
            return "/application?faces-redirect=true&id=" + id;
        } catch (DomainException refused) {
            FacesMessages.error(faces, refused.messageKey(), refused.arguments());
        }
        return null;
    }

    public String decline() {
        try {
            grants.decline(id);
            FacesMessages.infoAfterRedirect(faces, "grant.declined");
            return "/application?faces-redirect=true&id=" + id;
        } catch (DomainException refused) {
            FacesMessages.error(faces, refused.messageKey(), refused.arguments());
        }
        return null;
    }

    public void downloadLetter() throws IOException {
        try {
            Faces.sendFile(grants.letter(id).getContent(), IssuedLetter.fileName(getApplication()), true);
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
