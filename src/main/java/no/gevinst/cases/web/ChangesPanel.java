package no.gevinst.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.gevinst.applications.entity.Application;
import no.gevinst.payments.boundary.GrantChanges;
import no.gevinst.payments.entity.ChangeRequest;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.PlanChange;
import no.gevinst.payments.entity.PlanVersion;
import no.gevinst.payments.entity.PlanVersionLine;
import no.gevinst.platform.entity.Money;
import no.gevinst.applications.web.MilestoneRow;
import no.gevinst.platform.web.FacesMessages;

/**
 * The changes of a grant's plan on the application page: the municipality asks for one (the milestones not yet
 * verified as a table to edit, a row to add one, the amount and the operation date), a case handler recommends, an
 * approver who did not recommend decides; and the versions of the plan side by side.
 */
@Named
@ViewScoped
public class ChangesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A milestone of the change being written: an existing one (its id) or a new one. */
    public static class Row extends MilestoneRow {
        private static final long serialVersionUID = 1L;
        private final Long milestoneId;
        private boolean removed;

        Row(Long milestoneId, String title, LocalDate dueDate, BigDecimal amount) {
            super(title, dueDate, amount);
            this.milestoneId = milestoneId;
        }

        boolean isBlankNew() {
            return milestoneId == null && isBlank();
        }

        public Long getMilestoneId() {
            return milestoneId;
        }

        public boolean isRemoved() {
            return removed;
        }

        public void setRemoved(boolean removed) {
            this.removed = removed;
        }
    }

    /** A recommendation or decision as typed, per change request; a recommendation may adjust the change. */
    public static class Answer implements Serializable {
        private static final long serialVersionUID = 1L;
        private Boolean approve;
        private String comment;
        private boolean adjusting;
        private List<Row> rows;
        private BigDecimal amount;
        private LocalDate operationDate;

        public boolean isAdjusting() {
            return adjusting;
        }

        public void setAdjusting(boolean adjusting) {
            this.adjusting = adjusting;
        }

        public List<Row> getRows() {
            return rows;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public LocalDate getOperationDate() {
            return operationDate;
        }

        public void setOperationDate(LocalDate operationDate) {
            this.operationDate = operationDate;
        }

        public Boolean getApprove() {
            return approve;
        }

        public void setApprove(Boolean approve) {
            this.approve = approve;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** One row of the versions side by side: a milestone, and what it was in each version (null: not in it). */
    public record VersionRow(String title, List<PlanVersionLine> inVersion) {
    }

    @Inject
    GrantChanges changes;

    @Inject
    FacesContext faces;

    @Inject
    ApplicationPage applicationPage;

    private List<Row> rows;
    private BigDecimal amount;
    private LocalDate operationDate;
    private String justification;
    private final Map<Long, Answer> answers = new HashMap<>();

    /** The change requests of the grant, oldest first; read once per request. */
    @SuppressWarnings("unchecked")
    public List<ChangeRequest> getRequests() {
        Long id = applicationPage.getId();
        return id == null ? List.of() : (List<ChangeRequest>) faces.getAttributes().computeIfAbsent(
                ChangesPanel.class.getName() + ".requests" + id, key -> changes.list(id));
    }

    /** Whether the municipality may ask for a change now: its grant runs and no request is open. */
    public boolean isRequestable() {
        Application application = applicationPage.getApplication();
        return application != null && applicationPage.isApplicant() && application.getStatus().isPayable()
                && getRequests().stream().noneMatch(r -> r.getStatus().isOpen());
    }

    /** The milestones not yet verified, to edit, and one empty row for a new milestone. */
    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            Grant grant = applicationPage.getGrant();
            if (grant != null) {
                grant.getMilestones().stream().filter(GrantMilestone::isUnpaid).forEach(m -> rows.add(new Row(
                        m.getId(), m.getTitle(), m.getDueDate(), m.getAmount().amount())));
                amount = grant.getAmount().amount();
                operationDate = grant.getOperation().getDeadline();
            }
            rows.add(new Row(null, null, null, null));
        }
        return rows;
    }

    public String request() {
        long applicationId = applicationPage.getId();
        PlanChange change = typed(getRows(), amount, operationDate);
        return act("change.requested", () -> changes.request(applicationId, change, justification));
    }

    /** The change as typed: the rows kept, and the amount and date where they differ from the grant's. */
    private PlanChange typed(List<Row> typedRows, BigDecimal typedAmount, LocalDate typedDate) {
        Grant grant = applicationPage.getGrant();
        List<PlanChange.Line> lines = typedRows.stream().filter(row -> !row.isRemoved() && !row.isBlankNew())
                .map(row -> new PlanChange.Line(row.getMilestoneId(), row.getTitle(), row.getDueDate(),
                        row.getAmount() == null ? null : Money.of(row.getAmount()))).toList();
        Money newAmount = typedAmount == null || grant.getAmount().amount().compareTo(typedAmount) == 0 ? null
                : Money.of(typedAmount);
        LocalDate newDate = Objects.equals(typedDate, grant.getOperation().getDeadline()) ? null : typedDate;
        return new PlanChange(newAmount, newDate, lines);
    }

    /**
     * The answer typed for a change request; for a case handler's adjustment its rows start as the change asked for
     * (or the milestones as they are, where it left them), and one empty row for a new milestone.
     */
    public Answer answer(ChangeRequest request) {
        Answer answer = answers.computeIfAbsent(request.getId(), key -> new Answer());
        Grant grant = applicationPage.getGrant();
        if (answer.rows == null && grant != null) {
            PlanChange asked = request.requested();
            answer.rows = new ArrayList<>();
            asked.linesFor(grant).forEach(line -> answer.rows.add(new Row(line.milestoneId(), line.title(),
                    line.dueDate(), line.amount() == null ? null : line.amount().amount())));
            answer.rows.add(new Row(null, null, null, null));
            answer.amount = asked.amountFor(grant).amount();
            answer.operationDate = asked.operationDateFor(grant);
        }
        return answer;
    }

    public Answer answer(long changeId) {
        return answers.computeIfAbsent(changeId, key -> new Answer());
    }

    public String recommend(ChangeRequest request) {
        Answer answer = answer(request);
        long applicationId = applicationPage.getId();
        PlanChange adjustment = answer.isAdjusting() ? typed(answer.getRows(), answer.getAmount(),
                answer.getOperationDate()) : null;
        return act("change.recommended", () -> changes.recommend(applicationId, request.getId(), answer.getApprove(),
                answer.getComment(), adjustment));
    }

    public String approve(long changeId) {
        return decide(changeId, true);
    }

    public String reject(long changeId) {
        return decide(changeId, false);
    }

    private String decide(long changeId, boolean approve) {
        Answer answer = answer(changeId);
        long applicationId = applicationPage.getId();
        return act(approve ? "change.approved" : "change.rejected",
                () -> changes.decide(applicationId, changeId, approve, answer.getComment()));
    }

    public String withdraw(long changeId) {
        long applicationId = applicationPage.getId();
        return act("change.withdrawn", () -> changes.withdraw(applicationId, changeId));
    }

    /** Whether the current user recommended this change: four eyes keeps them from deciding it. */
    public boolean recommendedByMe(ChangeRequest request) {
        return faces.getExternalContext().getRemoteUser() != null
                && faces.getExternalContext().getRemoteUser().equals(request.getRecommendedBy());
    }

    /** The plan's versions, the first first; none until a change was approved. */
    @SuppressWarnings("unchecked")
    public List<PlanVersion> getVersions() {
        Long id = applicationPage.getId();
        return id == null ? List.of() : (List<PlanVersion>) faces.getAttributes().computeIfAbsent(
                ChangesPanel.class.getName() + ".versions" + id, key -> changes.versions(id));
    }

    /** The versions side by side: one row per milestone that was in any of them, in the order they first appear. */
    public List<VersionRow> getVersionRows() {
        List<PlanVersion> versions = getVersions();
        Map<Long, String> titles = new LinkedHashMap<>();
        versions.forEach(v -> v.getMilestones().forEach(m -> titles.put(m.getMilestoneId(), m.getTitle())));
        List<VersionRow> result = new ArrayList<>();
        titles.forEach((milestoneId, title) -> result.add(new VersionRow(title, versions.stream()
                .map(v -> v.getMilestones().stream().filter(m -> m.getMilestoneId().equals(milestoneId))
                        .findFirst().orElse(null)).toList())));
        return result;
    }

    private String act(String doneKey, Runnable act) {
        if (FacesMessages.attempt(faces, act)) {
            FacesMessages.infoAfterRedirect(faces, doneKey);
            return "/application?faces-redirect=true&id=" + applicationPage.getId();
        }
        return null;
    }

    public BigDecimal getAmount() {
        getRows();
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getOperationDate() {
        getRows();
        return operationDate;
    }

    public void setOperationDate(LocalDate operationDate) {
        this.operationDate = operationDate;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
