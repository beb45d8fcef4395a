package no.gevinst.applications.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.gevinst.applications.boundary.ApplicationRequest;
import no.gevinst.applications.entity.Application;
import no.gevinst.platform.entity.Money;

/**
 * What the municipality's application form holds, as typed: filled from the saved application, read as the API's
 * request for it. A plain value the page bean keeps, so it travels with the view.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String category;
    private String summary;
    private String serviceChange;
    private final List<String> partners = new ArrayList<>();
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
    /** For each milestone and target last sent to be saved, the row it came from (blank rows are not sent). */
    private List<Integer> sentMilestoneRows = List.of();
    private List<Integer> sentTargetRows = List.of();

    /** Fills the form with what the application says; an empty table gets one blank row to type in. */
    public void show(Application application) {
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
        application.getMilestones().forEach(m -> milestones.add(MilestoneRow.of(m)));
        targets.clear();
        application.getBenefitTargets().forEach(t -> targets.add(TargetRow.of(t)));
        if (milestones.isEmpty()) {
            milestones.add(new MilestoneRow());
        }
        if (targets.isEmpty()) {
            targets.add(new TargetRow());
        }
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    /**
     * What the form says, as the API's request says it, so that both are read the same way; blank rows are left out,
     * and which rows were sent is remembered to show a violation at its row.
     */
    public ApplicationRequest request() {
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
        request.eligibleCost = Objects.toString(eligibleCost, null);
        request.ownContribution = Objects.toString(ownContribution, null);
        request.requestedAmount = Objects.toString(requestedAmount, null);
        request.plannedStartDate = plannedStartDate;
        request.plannedOperationDate = plannedOperationDate;
        request.milestones = new ArrayList<>();
        List<Integer> milestoneRows = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow row = milestones.get(i);
            if (!row.isBlank()) {
                milestoneRows.add(i);
                request.milestones.add(row.request());
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
        sentMilestoneRows = milestoneRows;
        sentTargetRows = targetRows;
        return request;
    }

    /** The row the request's milestone at {@code index} came from. */
    public int milestoneRowOf(int index) {
        return rowOf(sentMilestoneRows, index);
    }

    /** The row the request's benefit target at {@code index} came from. */
    public int targetRowOf(int index) {
        return rowOf(sentTargetRows, index);
    }

    private static int rowOf(List<Integer> sentRows, int index) {
        return index < sentRows.size() ? sentRows.get(index) : index;
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

    /** The partner municipalities' numbers. */
    public List<String> getPartners() {
        return partners;
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
}
