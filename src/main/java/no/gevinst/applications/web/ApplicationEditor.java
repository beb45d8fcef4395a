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
import no.gevinst.applications.entity.ApplicationSection;
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
 * One section of the municipality's application form ({@code ?id=&section=project}), a page of its task list. Saving
 * keeps a draft however incomplete; what is wrong is shown at its field (or above the form when its field is on
 * another section's page), and what is missing is counted on the task list and listed on the check page. What is
 * typed is held by {@link ApplicationForm}, for the whole application, so a section's page sends only its own
 * inputs and the others keep what is stored; this bean loads, saves and attaches, and adds and removes the rows.
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
    private String section;
    /** {@code check} when the page was opened to change an answer from the check page, which it then returns to. */
    private String from;
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
        ApplicationPages.openDraft(faces, applications, id).ifPresent(this::show);
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

    /**
     * Saves, then opens the next section, or after the last (or when it came from there) the check page with what is
     * still missing.
     */
    public String saveAndContinue() {
        if (!store()) {
            return null;
        }
        ApplicationSection next = getSection().next();
        return next == null || isFromCheck() ? "/municipality/application-check?faces-redirect=true&id=" + id
                : "/municipality/application-edit?faces-redirect=true&id=" + id + "&section=" + next.key();
    }

    /**
     * Reads the form as the API reads a request (one reading of both), inside the attempt that shows violations. A
     * partner chosen in the list but not yet added is added, so nothing chosen is lost.
     */
    private boolean store() {
        addPartner();
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

    /**
     * The input a violation's field belongs to; milestones and targets are rows of their tables. A field of another
     * section has no input here: its message goes above the form, naming the field.
     */
    private String clientId(String field) {
        if (ApplicationSection.of(field) != getSection()) {
            return null;
        }
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

    /** The section this page shows; the first for a missing or unknown name. */
    public ApplicationSection getSection() {
        return ApplicationSection.named(section);
    }

    /** The section's name as given in the address. */
    public String getSectionKey() {
        return getSection().key();
    }

    public void setSectionKey(String section) {
        this.section = section;
    }

    /** Its place in the form, counted from one. */
    public int getSectionNumber() {
        return getSection().ordinal() + 1;
    }

    public int getSectionTotal() {
        return ApplicationSection.values().length;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public boolean isFromCheck() {
        return "check".equals(from);
    }

    public boolean shows(String key) {
        return getSection().key().equals(key);
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
