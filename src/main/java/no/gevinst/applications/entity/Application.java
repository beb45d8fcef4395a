package no.gevinst.applications.entity;

import no.gevinst.applications.entity.ApplicationStatus.Act;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.TechnologyCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Money;

/**
 * An application (søknad) from a lead municipality, alone or with partners, to one call. The municipality edits it
 * while it is a draft or returned for changes; submitting gives it its reference.
 */
@Entity
@Table(name = "application")
public class Application extends SequencedEntity {

    /** Where the bundles keep the labels of the application's fields. */
    public static final String LABELS = "application.field";

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    private Call call;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    private String reference;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private String title;

    @Enumerated(EnumType.STRING)
    private TechnologyCategory category;

    private String summary;

    private String serviceChange;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_number"))
    @OrderBy("number")
    private List<Municipality> partners = new ArrayList<>();

    private String contactName;

    private String contactEmail;

    private String contactPhone;

    private String bankAccount;

    private Money eligibleCost;

    private Money ownContribution;

    private Money requestedAmount;

    @Column(name = "planned_start")
    private LocalDate plannedStartDate;

    @Column(name = "planned_operation")
    private LocalDate plannedOperationDate;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PlannedMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<BenefitTarget> benefitTargets = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    private Instant createdAt;

    private String createdBy;

    private Instant submittedAt;

    @Version
    private long version;

    protected Application() {
    }

    /** A new draft; the call must still take applications. */
    public Application(Call call, Municipality lead, String createdBy, Instant now, LocalDate today) {
        if (today.isAfter(call.getClosesOn())) {
            throw new DomainException("application.callClosed", call.getClosesOn());
        }
        this.call = call;
        this.municipality = lead;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ApplicationStatus.DRAFT;
    }

    /**
     * Replaces what the application says. Only while it is a draft or returned for changes; wrong values are refused
     * with every violation and change nothing.
     *
     * @param register finds a municipality by number, or null when there is none
     */
    public void revise(ApplicationContent content, Function<String, Municipality> register) {
        status.require(Act.REVISE);
        InvalidInputException.throwIfAny(content.wrongValues(call, municipality.getNumber(),
                number -> register.apply(number) != null), LABELS);
        this.title = ApplicationContent.trimmed(content.title());
        this.category = content.category();
        this.summary = ApplicationContent.trimmed(content.summary());
        this.serviceChange = ApplicationContent.trimmed(content.serviceChange());
        this.partners.clear();
        content.partnerMunicipalities().forEach(number -> partners.add(register.apply(number)));
        this.contactName = ApplicationContent.trimmed(content.contactName());
        this.contactEmail = ApplicationContent.trimmed(content.contactEmail());
        this.contactPhone = ApplicationContent.trimmed(content.contactPhone());
        this.bankAccount = ApplicationContent.present(content.bankAccount())
                ? BankAccountNumber.parse(content.bankAccount()).value() : null;
        this.eligibleCost = content.eligibleCost();
        this.ownContribution = content.ownContribution();
        this.requestedAmount = content.requestedAmount();
        this.plannedStartDate = content.plannedStartDate();
        this.plannedOperationDate = content.plannedOperationDate();
        this.milestones.clear();
        for (Instalment planned : content.milestones()) {
            if (planned != null) {
                milestones.add(new PlannedMilestone(this, milestones.size(), planned));
            }
        }
        this.benefitTargets.clear();
        for (ApplicationContent.Target stated : content.benefitTargets()) {
            if (stated != null) {
                benefitTargets.add(new BenefitTarget(this, benefitTargets.size(), stated));
            }
        }
    }

    /**
     * Submits the application: only while editable, only while the call is open, only when complete. The first
     * submission takes a reference from {@code references}; a resubmission after a return keeps it.
     */
    public void submit(Supplier<String> references, Instant now, LocalDate today) {
        ApplicationStatus submitted = status.after(Act.SUBMIT);
        if (!call.isOpenOn(today)) {
            throw new DomainException("application.callNotOpen", call.getOpensOn(), call.getClosesOn());
        }
        InvalidInputException.throwIfAny(content().missing(), LABELS);
        if (reference == null) {
            reference = references.get();
        }
        submittedAt = now;
        status = submitted;
    }

    /** A case handler takes the submitted application for assessment. */
    public void takeForAssessment() {
        status = status.after(Act.TAKE_FOR_ASSESSMENT);
    }

    /**
     * The case handler who took it declared a conflict of interest after all: it waits again for another case handler
     * to take it, with their own declaration.
     */
    public void handBackForAssessment() {
        status = status.after(Act.HAND_BACK_FOR_ASSESSMENT);
    }

    /** Back to the municipality for changes; it can edit and resubmit. */
    public void returnForChanges() {
        status = status.after(Act.RETURN_FOR_CHANGES);
    }

    /**
     * While assessing, the case handler may set targets' values and dates apart from what was applied for. All are
     * checked before any changes; returns what changed, for the audit trail.
     */
    public List<String> adjustBenefitTargets(List<BenefitTarget.Adjustment> adjustments) {
        status.require(Act.ADJUST_BENEFIT_TARGETS);
        return BenefitTarget.adjustAll(benefitTargets, adjustments);
    }

    public void recommend() {
        status = status.after(Act.RECOMMEND);
    }

    /** The approver did not follow the recommendation: back to assessment for a new one. */
    public void sendBackForNewRecommendation() {
        status = status.after(Act.SEND_BACK_FOR_NEW_RECOMMENDATION);
    }

    public void grant() {
        status = status.after(Act.GRANT);
    }

    public void reject() {
        status = status.after(Act.REJECT);
    }

    /** The municipality accepts the grant and its conditions. */
    public void accept() {
        status = status.after(Act.ACCEPT);
    }

    /** The grant was declined, or its acceptance deadline passed: it will never be paid. */
    public void lapse() {
        status = status.after(Act.LAPSE);
    }

    /** The first milestone was verified: the project is under way. */
    public void startProgress() {
        status = status.after(Act.START_PROGRESS);
    }

    /** A case handler confirmed the project in operation. */
    public void confirmOperation() {
        status = status.after(Act.CONFIRM_OPERATION);
    }

    /** The reporting period is over with every report in: the grant is closed. */
    public void close() {
        status = status.after(Act.CLOSE);
    }

    /** An approver cancelled the grant. */
    public void cancel() {
        status = status.after(Act.CANCEL);
    }

    /** The project was not in operation by its deadline and the grace period after it. */
    public void expire() {
        status = status.after(Act.EXPIRE);
    }

    /** Withdraws the application; possible until a decision is made. */
    public void withdraw() {
        status = status.after(Act.WITHDRAW);
    }

    /** Its documents: its own attachments, and the evidence of the grant's reports. */
    public Attachments attachments() {
        return new Attachments(this, attachments);
    }

    /** What the application says now, in the form it is written in. */
    public ApplicationContent content() {
        return new ApplicationContent(title, category, summary, serviceChange,
                partners.stream().map(Municipality::getNumber).toList(), contactName, contactEmail, contactPhone,
                bankAccount, eligibleCost, ownContribution, requestedAmount, plannedStartDate, plannedOperationDate,
                milestones.stream().map(PlannedMilestone::instalment).toList(),
                benefitTargets.stream().map(BenefitTarget::content).toList());
    }

    /** The municipality applies for this, alone or as the lead of a joint application. */
    public boolean isLedBy(String municipalityNumber) {
        return municipality.getNumber().equals(municipalityNumber);
    }

    public boolean hasPartner(String municipalityNumber) {
        return partners.stream().anyMatch(p -> p.getNumber().equals(municipalityNumber));
    }

    /** The most the call lets this application ask for, once the eligible cost is known. */
    public Optional<Money> maxRequest() {
        return Optional.ofNullable(eligibleCost).map(cost -> ApplicationContent.maxRequest(call, cost));
    }

    public Call getCall() {
        return call;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getReference() {
        return reference;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public TechnologyCategory getCategory() {
        return category;
    }

    public String getSummary() {
        return summary;
    }

    public String getServiceChange() {
        return serviceChange;
    }

    public List<Municipality> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Optional<BankAccountNumber> getBankAccount() {
        return Optional.ofNullable(bankAccount).map(BankAccountNumber::new);
    }

    public Money getEligibleCost() {
        return eligibleCost;
    }

    public Money getOwnContribution() {
        return ownContribution;
    }

    public Money getRequestedAmount() {
        return requestedAmount;
    }

    public LocalDate getPlannedStartDate() {
        return plannedStartDate;
    }

    public LocalDate getPlannedOperationDate() {
        return plannedOperationDate;
    }

    public List<PlannedMilestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<BenefitTarget> getBenefitTargets() {
        return Collections.unmodifiableList(benefitTargets);
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
