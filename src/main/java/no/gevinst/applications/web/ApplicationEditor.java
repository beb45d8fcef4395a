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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.boundary.ApplicationRequest;
import no.gevinst.applications.boundary.MilestoneRequest;
import no.gevinst.applications.entity.ApplicationContent;
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
 * at its field, and what is missing is listed on the application's own page before it is submitted.
 */
@Named
@ViewScoped
public class ApplicationEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "application";

    /** One planned milestone, as typed. */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private LocalDate dueDate;
        private BigDecimal amount;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

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
    private String title;
    private String category;
    private String summary;
    private String serviceChange;
    private final List<String> partners = new ArrayList<>();
    private String partnerToAdd;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String bankAccount;
    private BigDecimal eligibleCost;
    private BigDecimal ownContribution;
    private BigDecimal requestedAmount;
    private LocalDate plannedStartDate;
    private LocalDate plannedOperationDate;
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final List<TargetRow> targets = new ArrayList<>();
    private List<AttachmentRow> attachments = List.of();
    private String leadNumber;
    /** For each milestone and target sent to be saved, the form row it came from (blank rows are not sent). */
    private List<Integer> milestoneRowOf = List.of();
    private List<Integer> targetRowOf = List.of();
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
        title = application.getTitle();
        category = application.getCategory() == null ? null : application.getCategory().name();
        summary = application.getSummary();
        serviceChange = application.getServiceChange();
        partners.clear();
        application.getPartners().forEach(p -> partners.add(p.getNumber()));
        contactName = application.getContactName();
        contactEmail = application.getContactEmail();
        contactPhone = application.getContactPhone();
        bankAccount = application.getBankAccount().map(a -> a.formatted()).orElse(null);
        eligibleCost = amount(application.getEligibleCost());
        ownContribution = amount(application.getOwnContribution());
        requestedAmount = amount(application.getRequestedAmount());
        plannedStartDate = application.getPlannedStartDate();
        plannedOperationDate = application.getPlannedOperationDate();
        milestones.clear();
        application.getMilestones().forEach(m -> {
            MilestoneRow row = new MilestoneRow();
            row.title = m.getTitle();
            row.dueDate = m.getDueDate();
            row.amount = amount(m.getAmount());
            milestones.add(row);
        });
        targets.clear();
        application.getBenefitTargets().forEach(t -> targets.add(TargetRow.of(t)));
        if (milestones.isEmpty()) {
            milestones.add(new MilestoneRow());
        }
        if (targets.isEmpty()) {
            targets.add(new TargetRow());
        }
        attachments = application.getAttachments().stream().map(AttachmentRow::of).toList();
        leadNumber = application.getMunicipality().getNumber();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
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

    private boolean store() {
        return FacesMessages.attempt(faces, this::clientId, "application.changedBySomeoneElse",
                () -> show(applications.revise(id, version, content())));
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

    /** What the form says, read as the API reads a request (one reading of both); blank rows are left out. */
    private ApplicationContent content() {
        var request = new ApplicationRequest();
        request.title = title;
        request.category = category;
        request.summary = summary;
        request.serviceChange = serviceChange;
        request.partnerMunicipalities = List.copyOf(partners);
        request.contactName = contactName;
        request.contactEmail = contactEmail;
        request.contactPhone = contactPhone;
        request.bankAccount = bankAccount;
        request.eligibleCost = text(eligibleCost);
        request.ownContribution = text(ownContribution);
        request.requestedAmount = text(requestedAmount);
        request.plannedStartDate = plannedStartDate;
        request.plannedOperationDate = plannedOperationDate;
        request.milestones = new ArrayList<>();
        List<Integer> milestoneRows = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow row = milestones.get(i);
            if (!isBlank(row)) {
                milestoneRows.add(i);
                var milestone = new MilestoneRequest();
                milestone.title = row.title;
                milestone.dueDate = row.dueDate;
                milestone.amount = text(row.amount);
                request.milestones.add(milestone);
            }
        }
        request.benefitTargets = new ArrayList<>();
        List<Integer> targetRows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow row = targets.get(i);
            if (!row.isBlank()) {
                targetRows.add(i);
                request.benefitTargets.add(row.request());
            }
        }
        milestoneRowOf = milestoneRows;
        targetRowOf = targetRows;
        return request.content();
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toString();
    }

    private static boolean isBlank(MilestoneRow row) {
        return (row.title == null || row.title.isBlank()) && row.dueDate == null && row.amount == null;
    }

    /** The input a violation's field belongs to; milestones and targets are rows of their tables. */
    private String clientId(String field) {
        if (field.startsWith("milestones[") || field.startsWith("benefitTargets[")) {
            String list = field.substring(0, field.indexOf('['));
            int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
            List<Integer> rowOf = list.equals("milestones") ? milestoneRowOf : targetRowOf;
            int row = index < rowOf.size() ? rowOf.get(index) : index;
            String part = field.substring(field.indexOf("].") + 2);
            return FORM + ":" + list + ":" + row + ":" + part;
        }
        return FORM + ":" + field;
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public void addPartner() {
        if (partnerToAdd != null && !partnerToAdd.isBlank() && !partners.contains(partnerToAdd)) {
            partners.add(partnerToAdd);
        }
        partnerToAdd = null;
    }

    public void removePartner(String number) {
        partners.remove(number);
    }

    /** Every municipality but the applicant and those already added, by name. */
    public List<Municipality> getPartnerChoices() {
        Page<Municipality> all = municipalities.search(null, null, 0, 500);
        return all.items().stream()
                .filter(m -> !partners.contains(m.getNumber()) && !m.getNumber().equals(leadNumber))
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
        return max != null && requestedAmount != null && requestedAmount.compareTo(max.amount()) > 0;
    }

    public BigDecimal getMilestoneSum() {
        return milestones.stream().map(MilestoneRow::getAmount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isMilestonesMatchRequest() {
        return requestedAmount != null && getMilestoneSum().compareTo(requestedAmount) == 0;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getServiceChange() {
        return serviceChange;
    }

    public void setServiceChange(String serviceChange) {
        this.serviceChange = serviceChange;
    }

    public List<String> getPartners() {
        return partners;
    }

    public String getPartnerToAdd() {
        return partnerToAdd;
    }

    public void setPartnerToAdd(String partnerToAdd) {
        this.partnerToAdd = partnerToAdd;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public BigDecimal getEligibleCost() {
        return eligibleCost;
    }

    public void setEligibleCost(BigDecimal eligibleCost) {
        this.eligibleCost = eligibleCost;
    }

    public BigDecimal getOwnContribution() {
        return ownContribution;
    }

    public void setOwnContribution(BigDecimal ownContribution) {
        this.ownContribution = ownContribution;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public LocalDate getPlannedStartDate() {
        return plannedStartDate;
    }

    public void setPlannedStartDate(LocalDate plannedStartDate) {
        this.plannedStartDate = plannedStartDate;
    }

    public LocalDate getPlannedOperationDate() {
        return plannedOperationDate;
    }

    public void setPlannedOperationDate(LocalDate plannedOperationDate) {
        this.plannedOperationDate = plannedOperationDate;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<TargetRow> getTargets() {
        return targets;
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
