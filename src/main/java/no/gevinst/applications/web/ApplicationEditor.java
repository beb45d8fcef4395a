package no.gevinst.applications.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.web.FacesMessages;

/**
 * The municipality's application form ({@code ?id=}). Saving keeps a draft however incomplete; what is wrong is shown
 * at its field, and what is missing is listed on the application's own page before it is submitted. What is typed is
 * held by {@link ApplicationForm}; this bean loads, saves and attaches, and adds and removes the form's rows.
 */
@Named
@ViewScoped
public class ApplicationEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "application";

    @Inject
    Applications applications;

    @Inject
    Municipalities municipalities;

    @Inject
    FacesContext faces;

    private Long id;
    private long version;
    private boolean loaded;
    private String reference;
    private String callTitle;
    private BigDecimal maxCostSharePercent;
    private List<TechnologyCategory> offeredCategories = List.of();
    private final ApplicationForm form = new ApplicationForm();
    private String partnerToAdd;
    private List<AttachmentRow> attachments = List.of();
    private String leadNumber;
    private transient Part upload;
    private Map<String, String> municipalityNames;

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
        if (!applications.mayEdit(application) || !application.getStatus().isEditable()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/application.xhtml?id=" + id);
            return;
        }
        show(application);
    }

    private void show(Application application) {
        version = application.getVersion();
        reference = application.getReference();
        callTitle = application.getCall().getTitle();
        maxCostSharePercent = application.getCall().getMaxCostSharePercent();
        offeredCategories = List.copyOf(application.getCall().getCategories());
        form.show(application);
        attachments = application.getAttachments().stream().map(AttachmentRow::of).toList();
        leadNumber = application.getMunicipality().getNumber();
    }

    /** Saves the draft as it is and stays on the form. */
    public String save() {
        if (store()) {
            FacesMessages.info(faces, "application.saved");
        }
        return null;
    }

    /** Saves, then shows the application with what is still missing and the button that submits it. */
    public String saveAndReview() {
        return store() ? "/application?faces-redirect=true&id=" + id : null;
    }

    /** Reads the form as the API reads a request (one reading of both), inside the attempt that shows violations. */
    private boolean store() {
        return FacesMessages.attempt(faces, this::clientId, "application.changedBySomeoneElse",
                () -> show(applications.revise(id, version, form.request().content())));
    }

    /** Attaches the chosen file; what is typed in the form is saved first, so nothing typed is lost. */
    public String upload() {
        if (upload == null || upload.getSize() == 0) {
            FacesMessages.showAtFields(faces, new InvalidInputException(
                    List.of(Violation.of("file", "validation.required")), Application.LABELS), this::clientId);
            return null;
        }
        if (!store()) {
            return null;
        }
        if (upload.getSize() > Attachment.MAX_BYTES) {
            FacesMessages.showAtFields(faces, new InvalidInputException(
                    List.of(Violation.of("file", "validation.attachment.tooLarge", 20)), Application.LABELS),
                    this::clientId);
            return null;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            FacesMessages.error(faces, "attachment.uploadFailed");
            return null;
        }
        FacesMessages.attempt(faces, this::clientId, () -> {
            Attachment attachment = applications.attach(id, upload.getSubmittedFileName(), content);
            show(applications.get(id));
            FacesMessages.info(faces, "attachment.added", attachment.getFileName());
        });
        return null;
    }

    public void removeAttachment(AttachmentRow attachment) {
        try {
            applications.detach(id, attachment.id());
            show(applications.get(id));
            FacesMessages.info(faces, "attachment.removed", attachment.fileName());
        } catch (DomainException | NotFoundException refused) {
            FacesMessages.error(faces, "attachment.notFound");
        }
    }

    /** The input a violation's field belongs to; milestones and targets are rows of their tables. */
    private String clientId(String field) {
        if (field.startsWith("milestones[") || field.startsWith("benefitTargets[")) {
            String list = field.substring(0, field.indexOf('['));
            int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
            int row = list.equals("milestones") ? form.milestoneRowOf(index) : form.targetRowOf(index);
            String part = field.substring(field.indexOf("].") + 2);
            return FORM + ":" + list + ":" + row + ":" + part;
        }
        return FORM + ":" + field;
    }

    public void addMilestone() {
        form.getMilestones().add(new MilestoneRow());
    }

    public void removeMilestone(MilestoneRow row) {
        form.getMilestones().remove(row);
    }

    public void addTarget() {
        form.getTargets().add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        form.getTargets().remove(row);
    }

    public void addPartner() {
        List<String> partners = form.getPartners();
        if (partnerToAdd != null && !partnerToAdd.isBlank() && !partners.contains(partnerToAdd)) {
            partners.add(partnerToAdd);
        }
        partnerToAdd = null;
    }

    public void removePartner(String number) {
        form.getPartners().remove(number);
    }

    /** Every municipality but the applicant and those already added, by name. */
    public List<Municipality> getPartnerChoices() {
        Page<Municipality> all = municipalities.search(null, null, 0, 500);
        return all.items().stream()
                .filter(m -> !form.getPartners().contains(m.getNumber()) && !m.getNumber().equals(leadNumber))
                .toList();
    }

    public String nameOf(String number) {
        if (municipalityNames == null) {
            municipalityNames = municipalities.search(null, null, true, 0, 1000).items().stream()
                    .collect(Collectors.toMap(Municipality::getNumber, Municipality::getName));
        }
        return municipalityNames.getOrDefault(number, number);
    }

    /** The most the municipality may ask for, from the eligible cost as typed; null until that is typed. */
    public Money getMaxRequest() {
        BigDecimal eligibleCost = form.getEligibleCost();
        if (eligibleCost == null || eligibleCost.signum() < 0 || maxCostSharePercent == null) {
            return null;
        }
        try {
            return Money.of(eligibleCost).percent(maxCostSharePercent);
        } catch (IllegalArgumentException moreThanTwoDecimals) {
            return null;
        }
    }

    public boolean isOverMaxRequest() {
        Money max = getMaxRequest();
        BigDecimal requested = form.getRequestedAmount();
        return max != null && requested != null && requested.compareTo(max.amount()) > 0;
    }

    public BigDecimal getMilestoneSum() {
        return form.getMilestones().stream().map(MilestoneRow::getAmount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isMilestonesMatchRequest() {
        BigDecimal requested = form.getRequestedAmount();
        return requested != null && getMilestoneSum().compareTo(requested) == 0;
    }

    public List<TechnologyCategory> getOfferedCategories() {
        return offeredCategories;
    }

    public List<BenefitKind> getBenefitKinds() {
        return List.of(BenefitKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public String getCallTitle() {
        return callTitle;
    }

    public BigDecimal getMaxCostSharePercent() {
        return maxCostSharePercent;
    }

    /** What is typed in the form. */
    public ApplicationForm getForm() {
        return form;
    }

    public String getPartnerToAdd() {
        return partnerToAdd;
    }

    public void setPartnerToAdd(String partnerToAdd) {
        this.partnerToAdd = partnerToAdd;
    }

    public List<AttachmentRow> getAttachments() {
        return attachments;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
