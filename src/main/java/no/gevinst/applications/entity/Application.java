package no.gevinst.applications.entity;

import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.TechnologyCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
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
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;

/**
 * An application (søknad) from a lead municipality, alone or with partners, to one call. The municipality edits it
 * while it is a draft or returned for changes; submitting gives it its reference.
 */
@Entity
@Table(name = "application")
public class Application implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTACHMENTS = 20;
    /** Where the bundles keep the labels of the application's fields. */
    public static final String LABELS = "application.field";

    /** Evidence files a grant may gather besides the application's own attachments. */
    public static final int MAX_EVIDENCE = 100;

    private static final java.util.Set<ApplicationStatus> EVIDENCED = java.util.EnumSet.of(ApplicationStatus.ACCEPTED,
            ApplicationStatus.IN_PROGRESS, ApplicationStatus.OPERATIONAL);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    private Call call;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    @Column(name = "reference", length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "title", length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    private TechnologyCategory category;

    @Column(name = "summary", length = 4000)
    private String summary;

    @Column(name = "service_change", length = 8000)
    private String serviceChange;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_number"))
    @OrderBy("number")
    private List<Municipality> partners = new ArrayList<>();

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "bank_account", length = 11)
    private String bankAccount;

    @Column(name = "eligible_cost", precision = 15, scale = 2)
    private Money eligibleCost;

    @Column(name = "own_contribution", precision = 15, scale = 2)
    private Money ownContribution;

    @Column(name = "requested_amount", precision = 15, scale = 2)
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "submitted_at")
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
        requireEditable();
        InvalidInputException.throwIfAny(content.wrongValues(call, municipality.getNumber(),
                number -> register.apply(number) != null), LABELS);
        this.title = trimmed(content.title());
        this.category = content.category();
        this.summary = trimmed(content.summary());
        this.serviceChange = trimmed(content.serviceChange());
        this.partners.clear();
        content.partnerMunicipalities().forEach(number -> partners.add(register.apply(number)));
        this.contactName = trimmed(content.contactName());
        this.contactEmail = trimmed(content.contactEmail());
        this.contactPhone = trimmed(content.contactPhone());
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
        requireEditable();
        if (!call.isOpenOn(today)) {
            throw new DomainException("application.callNotOpen", call.getOpensOn(), call.getClosesOn());
        }
        InvalidInputException.throwIfAny(content().missing(), LABELS);
        if (reference == null) {
            reference = references.get();
        }
        submittedAt = now;
        status = ApplicationStatus.SUBMITTED;
    }

    /** A case handler takes the submitted application for assessment. */
    public void takeForAssessment() {
        require(ApplicationStatus.SUBMITTED, "assessment.notSubmitted");
        status = ApplicationStatus.IN_ASSESSMENT;
    }

    /**
     * The case handler who took it declared a conflict of interest after all: it waits again for another case handler
     * to take it, with their own declaration.
     */
    public void handBackForAssessment() {
        require(ApplicationStatus.IN_ASSESSMENT, "assessment.notInAssessment");
        status = ApplicationStatus.SUBMITTED;
    }

    /** Back to the municipality for changes; it can edit and resubmit. */
    public void returnForChanges() {
        require(ApplicationStatus.IN_ASSESSMENT, "assessment.notInAssessment");
        status = ApplicationStatus.RETURNED;
    }

    /**
     * While assessing, the case handler may set targets' values and dates apart from what was applied for. All are
     * checked before any changes; returns what changed, for the audit trail.
     */
    public List<String> adjustBenefitTargets(List<BenefitTarget.Adjustment> adjustments) {
        require(ApplicationStatus.IN_ASSESSMENT, "assessment.notInAssessment");
        List<Violation> violations = new ArrayList<>();
        for (BenefitTarget.Adjustment adjustment : adjustments) {
            violations.addAll(benefitTarget(adjustment.targetId()).adjustmentViolations(adjustment));
        }
        InvalidInputException.throwIfAny(violations, LABELS);
        List<String> changes = new ArrayList<>();
        adjustments.forEach(a -> benefitTarget(a.targetId()).adjust(a).ifPresent(changes::add));
        return changes;
    }

    private BenefitTarget benefitTarget(long id) {
        return benefitTargets.stream().filter(t -> t.getId() == id).findFirst()
                .orElseThrow(() -> new DomainException("benefitTarget.unknown", id));
    }

    public void recommend() {
        require(ApplicationStatus.IN_ASSESSMENT, "assessment.notInAssessment");
        status = ApplicationStatus.RECOMMENDED;
    }

    /** The approver did not follow the recommendation: back to assessment for a new one. */
    public void sendBackForNewRecommendation() {
        require(ApplicationStatus.RECOMMENDED, "decision.notRecommended");
        status = ApplicationStatus.IN_ASSESSMENT;
    }

    public void grant() {
        require(ApplicationStatus.RECOMMENDED, "decision.notRecommended");
        status = ApplicationStatus.GRANTED;
    }

    public void reject() {
        require(ApplicationStatus.RECOMMENDED, "decision.notRecommended");
        status = ApplicationStatus.REJECTED;
    }

    /** The municipality accepts the grant and its conditions. */
    public void accept() {
        require(ApplicationStatus.GRANTED, "grant.notGranted");
        status = ApplicationStatus.ACCEPTED;
    }

    /** The grant was declined, or its acceptance deadline passed: it will never be paid. */
    public void lapse() {
        require(ApplicationStatus.GRANTED, "grant.notGranted");
        status = ApplicationStatus.LAPSED;
    }

    /** The first milestone was verified: the project is under way. */
    public void startProgress() {
        require(ApplicationStatus.ACCEPTED, "grant.notAccepted");
        status = ApplicationStatus.IN_PROGRESS;
    }

    /** A case handler confirmed the project in operation. */
    public void confirmOperation() {
        requireRunning();
        status = ApplicationStatus.OPERATIONAL;
    }

    /** The reporting period is over with every report in: the grant is closed. */
    public void close() {
        require(ApplicationStatus.OPERATIONAL, "grant.notInThisState");
        status = ApplicationStatus.CLOSED;
    }

    /** An approver cancelled the grant. */
    public void cancel() {
        requireRunning();
        status = ApplicationStatus.CANCELLED;
    }

    /** The project was not in operation by its deadline and the grace period after it. */
    public void expire() {
        requireRunning();
        status = ApplicationStatus.EXPIRED;
    }

    private void requireRunning() {
        if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.IN_PROGRESS) {
            throw new DomainException("grant.notInThisState", status);
        }
    }

    private void require(ApplicationStatus expected, String messageKey) {
        if (status != expected) {
            throw new DomainException(messageKey, status);
        }
    }

    /** Withdraws the application; possible until a decision is made. */
    public void withdraw() {
        if (!status.isWithdrawable()) {
            throw new DomainException("application.notWithdrawable", status);
        }
        status = ApplicationStatus.WITHDRAWN;
    }

    public Attachment attach(String fileName, String contentType, long sizeBytes, String sha256, Instant now,
            String username) {
        requireEditable();
        if (attachments.stream().filter(a -> a.getPurpose() == AttachmentPurpose.APPLICATION).count()
                >= MAX_ATTACHMENTS) {
            throw new DomainException("attachment.tooMany", MAX_ATTACHMENTS);
        }
        Attachment attachment = new Attachment(this, AttachmentPurpose.APPLICATION, null, fileName, contentType,
                sizeBytes, sha256, now, username);
        attachments.add(attachment);
        return attachment;
    }

    /**
     * Evidence after the grant: for a milestone report ({@code milestoneId}) or the operation report (null), while
     * the grant runs or is operational. Evidence is never removed.
     */
    public Attachment attachEvidence(Long milestoneId, String fileName, String contentType, long sizeBytes,
            String sha256, Instant now, String username) {
        if (!EVIDENCED.contains(status)) {
            throw new DomainException("attachment.noEvidenceNow", status);
        }
        if (attachments.size() >= MAX_ATTACHMENTS + MAX_EVIDENCE) {
            throw new DomainException("attachment.tooMany", MAX_ATTACHMENTS + MAX_EVIDENCE);
        }
        Attachment attachment = new Attachment(this, milestoneId == null ? AttachmentPurpose.OPERATION
                : AttachmentPurpose.MILESTONE, milestoneId, fileName, contentType, sizeBytes, sha256, now, username);
        attachments.add(attachment);
        return attachment;
    }

    /** Whether a milestone report has its evidence. */
    public boolean hasEvidenceFor(long milestoneId) {
        return attachments.stream().anyMatch(a -> Long.valueOf(milestoneId).equals(a.getMilestoneId()));
    }

    public Attachment detach(long attachmentId) {
        requireEditable();
        Attachment attachment = attachment(attachmentId)
                .filter(a -> a.getPurpose() == AttachmentPurpose.APPLICATION)
                .orElseThrow(() -> new DomainException("attachment.notFound"));
        attachments.remove(attachment);
        return attachment;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainException("application.notEditable", status);
        }
    }

    /** What the application says now, in the form it is written in. */
    public ApplicationContent content() {
        return new ApplicationContent(title, category, summary, serviceChange,
                partners.stream().map(Municipality::getNumber).toList(), contactName, contactEmail, contactPhone,
                bankAccount, eligibleCost, ownContribution, requestedAmount, plannedStartDate, plannedOperationDate,
                milestones.stream().map(PlannedMilestone::content).toList(),
                benefitTargets.stream().map(BenefitTarget::content).toList());
    }

    /** The municipality applies for this, alone or as the lead of a joint application. */
    public boolean isLedBy(String municipalityNumber) {
        return municipality.getNumber().equals(municipalityNumber);
    }

    public boolean hasPartner(String municipalityNumber) {
        return partners.stream().anyMatch(p -> p.getNumber().equals(municipalityNumber));
    }

    public Optional<Attachment> attachment(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst();
    }

    /** The most the call lets this application ask for, once the eligible cost is known. */
    public Optional<Money> maxRequest() {
        return Optional.ofNullable(eligibleCost).map(cost -> ApplicationContent.maxRequest(call, cost));
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
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
