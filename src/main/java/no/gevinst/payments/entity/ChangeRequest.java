package no.gevinst.payments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.SequencedEntity;
import no.gevinst.platform.entity.Violation;

/**
 * A change request (endringsmelding): the lead municipality asks, with a justification, to change its grant's plan; a
 * case handler recommends approving or rejecting it, and may adjust what was asked; an approver who is not that case
 * handler decides. What was asked and what was recommended are both kept; an approved change becomes a new version
 * of the plan ({@link PlanVersion}).
 */
@jakarta.persistence.Entity
@Table(name = "change_request")
public class ChangeRequest extends SequencedEntity {

    private static final long serialVersionUID = 1L;

    public static final String LABELS = "change.field";

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private ChangeStatus status;

    private String requestedBy;

    private Instant requestedAt;

    private String justification;

    private Money requestedAmount;

    private LocalDate requestedOperationDate;

    private boolean requestedPlan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_request_line", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderBy("position")
    private List<ChangeLine> requestedLines = new ArrayList<>();

    /** The kinds of change the standing proposal makes (asked for, or as recommended), names comma-separated. */
    private String kinds;

    private String recommendedBy;

    private Instant recommendedAt;

    private Boolean recommendApproval;

    private String recommendation;

    private boolean adjusted;

    private Money adjustedAmount;

    private LocalDate adjustedOperationDate;

    private boolean adjustedPlan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_adjusted_line", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderBy("position")
    private List<ChangeLine> adjustedLines = new ArrayList<>();

    private String decidedBy;

    private Instant decidedAt;

    private String decisionComment;

    private Integer planVersion;

    @Version
    private long version;

    protected ChangeRequest() {
    }

    /**
     * The municipality's request, checked against the grant as it is: its justification, and a change the rules
     * allow ({@link PlanChange#violations}).
     */
    public ChangeRequest(Grant grant, no.gevinst.applications.entity.Application application, PlanChange change,
            String justification, String username, Instant now, LocalDate today) {
        List<Violation> violations = new ArrayList<>(Violation.ofRequiredText("justification", justification, 4000));
        violations.addAll(change.violations(grant, application, today));
        InvalidInputException.throwIfAny(violations, LABELS);
        this.applicationId = grant.getApplicationId();
        this.status = ChangeStatus.REQUESTED;
        this.requestedBy = username;
        this.requestedAt = now;
        this.justification = justification.strip();
        this.requestedAmount = change.amount();
        this.requestedOperationDate = change.plannedOperationDate();
        this.requestedPlan = change.milestones() != null;
        store(change, requestedLines);
        this.kinds = names(change.kinds(grant));
    }

    /**
     * A case handler recommends approving or rejecting, with a comment; with {@code adjustment} (not null) they
     * recommend approving that change instead of the one asked for.
     */
    public void recommend(Grant grant, no.gevinst.applications.entity.Application application, Boolean approve,
            String comment, PlanChange adjustment, String caseHandler, Instant now, LocalDate today) {
        requireStatus(ChangeStatus.REQUESTED);
        List<Violation> violations = new ArrayList<>();
        if (approve == null) {
            violations.add(Violation.of("approve", "validation.required"));
        }
        violations.addAll(Violation.ofRequiredText("comment", comment, 4000));
        if (adjustment != null) {
            if (Boolean.FALSE.equals(approve)) {
                violations.add(Violation.of("approve", "validation.change.adjustOnlyToApprove"));
            } else {
                violations.addAll(adjustment.violations(grant, application, today));
            }
        }
        InvalidInputException.throwIfAny(violations, LABELS);
        this.status = ChangeStatus.RECOMMENDED;
        this.recommendedBy = caseHandler;
        this.recommendedAt = now;
        this.recommendApproval = approve;
        this.recommendation = comment.strip();
        this.adjusted = adjustment != null;
        if (adjustment != null) {
            this.adjustedAmount = adjustment.amount();
            this.adjustedOperationDate = adjustment.plannedOperationDate();
            this.adjustedPlan = adjustment.milestones() != null;
            store(adjustment, adjustedLines);
            this.kinds = names(adjustment.kinds(grant));
        }
    }

    /**
     * An approver decides, never the case handler who recommended. Approving returns the change to make (checked
     * again by the caller against the grant as it is now); rejecting returns null.
     */
    public PlanChange decide(Boolean approve, String comment, String approver, Instant now) {
        requireStatus(ChangeStatus.RECOMMENDED);
        if (approver.equals(recommendedBy)) {
            throw new DomainException("change.fourEyes");
        }
        List<Violation> violations = new ArrayList<>();
        if (approve == null) {
            violations.add(Violation.of("approve", "validation.required"));
        }
        violations.addAll(Violation.ofRequiredText("comment", comment, 4000));
        InvalidInputException.throwIfAny(violations, LABELS);
        this.status = approve ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
        this.decidedBy = approver;
        this.decidedAt = now;
        this.decisionComment = comment.strip();
        return approve ? standing() : null;
    }

    /** The approved change is the plan's version {@code number}. */
    public void madeVersion(int number) {
        this.planVersion = number;
    }

    /** The municipality withdraws its request before it is decided. */
    public void withdraw() {
        if (!status.isOpen()) {
            throw new DomainException("change.notOpen", status);
        }
        this.status = ChangeStatus.WITHDRAWN;
    }

    /** The change that stands: as recommended with an adjustment, else as asked for. */
    public PlanChange standing() {
        return adjusted ? new PlanChange(adjustedAmount, adjustedOperationDate,
                adjustedPlan ? lines(adjustedLines) : null) : requested();
    }

    public PlanChange requested() {
        return new PlanChange(requestedAmount, requestedOperationDate, requestedPlan ? lines(requestedLines) : null);
    }

    public PlanChange adjustment() {
        return adjusted ? standing() : null;
    }

    private void requireStatus(ChangeStatus expected) {
        if (status != expected) {
            throw new DomainException("change.notInThisState", status);
        }
    }

    private static void store(PlanChange change, List<ChangeLine> into) {
        into.clear();
        if (change.milestones() != null) {
            for (int i = 0; i < change.milestones().size(); i++) {
                into.add(new ChangeLine(i, change.milestones().get(i)));
            }
        }
    }

    private static List<PlanChange.Line> lines(List<ChangeLine> stored) {
        return stored.stream().map(ChangeLine::line).toList();
    }

    private static String names(Set<ChangeKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Set<ChangeKind> getKinds() {
        Set<ChangeKind> set = EnumSet.noneOf(ChangeKind.class);
        if (kinds != null && !kinds.isBlank()) {
            Arrays.stream(kinds.split(",")).map(ChangeKind::valueOf).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getJustification() {
        return justification;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public Boolean getRecommendApproval() {
        return recommendApproval;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public boolean isAdjusted() {
        return adjusted;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Integer getPlanVersion() {
        return planVersion;
    }

    public long getVersion() {
        return version;
    }
}
