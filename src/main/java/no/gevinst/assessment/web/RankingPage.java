package no.gevinst.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.assessment.boundary.BatchDecisions;
import no.gevinst.platform.entity.ActResult;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.calls.entity.Call;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.assessment.entity.Ranking;
import no.gevinst.platform.entity.Page;

/**
 * A call's assessed applications ranked by weighted score against its frame ({@code ?call=}), with the cut line and
 * the totals per county and category; the newest call when none is chosen. An approver chooses recommended
 * applications here and decides them in one go (by default those above the cut line they did not recommend
 * themselves), seeing their sum against the room the decided grants leave in the frame, and then what each came to.
 */
@Named
@ViewScoped
public class RankingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calls calls;

    @Inject
    Assessments assessments;

    @Inject
    BatchDecisions batchDecisions;

    @Inject
    FacesContext faces;

    private Long callId;

    /** The approver's choice of applications to decide, by application id; the default until they change it. */
    private Map<Long, Boolean> chosen;

    private String comment;

    private List<ActResult> results;

    /** The first call when none is named; a call that is not there (or not the user's to see) is not found. */
    public void load() throws IOException {
        List<Call> all = getCalls();
        if (callId == null) {
            all.stream().findFirst().ifPresent(call -> callId = call.getId());
        } else if (all.stream().noneMatch(call -> call.getId().equals(callId))) {
            callId = null;
            FacesMessages.notFound(faces);
        }
    }

    public List<Call> getCalls() {
        return calls.all(0, Page.MAX_SIZE).items();
    }

    /** Ranked once per request, however often the page asks. */
    public Ranking getRanking() {
        return callId == null ? null : (Ranking) faces.getAttributes().computeIfAbsent(
                RankingPage.class.getName() + callId, key -> assessments.ranking(callId));
    }

    /** The style of a row: the first row below the cut line carries the line. */
    public String rowClass(Ranking.Row row) {
        int cut = getRanking().getCutLine();
        if (row.rank() - 1 == cut) {
            return "below-frame cut-line";
        }
        return row.withinFrame() ? "within-frame" : "below-frame";
    }

    /** Whether the user may decide here: approvers, never the case handlers and management who read the ranking. */
    public boolean isDeciding() {
        return faces.getExternalContext().isUserInRole(Role.Names.APPROVER);
    }

    public Map<Long, Boolean> getChosen() {
        if (chosen == null) {
            String me = faces.getExternalContext().getRemoteUser();
            chosen = new LinkedHashMap<>();
            getRanking().getRows().stream().filter(row -> row.candidate().awaitsDecision()).forEach(row ->
                    chosen.put(row.candidate().applicationId(),
                            row.withinFrame() && !me.equals(row.candidate().recommendedBy())));
        }
        return chosen;
    }

    /** What the chosen applications would commit if all were granted. */
    public Money getChosenSum() {
        return getRanking().getRows().stream()
                .filter(row -> row.candidate().awaitsDecision()
                        && Boolean.TRUE.equals(getChosen().get(row.candidate().applicationId())))
                .map(Ranking.Row::claim).reduce(Money.ZERO, Money::plus);
    }

    public long getChosenCount() {
        return getChosen().values().stream().filter(Boolean.TRUE::equals).count();
    }

    /** Decides the chosen applications as recommended, in rank order, and shows what each came to. */
    public String decideChosen() {
        List<Long> ids = getChosen().entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (FacesMessages.attempt(faces, field -> "comment".equals(field) ? "batch:comment" : null,
                () -> results = batchDecisions.approveInRankOrder(callId, ids, comment))) {
            long done = results.stream().filter(ActResult::done).count();
            FacesMessages.info(faces, "decision.batch.done", done, results.size() - done);
            faces.getAttributes().remove(RankingPage.class.getName() + callId);
            chosen = null;
            comment = null;
        }
        return null;
    }

    public List<ActResult> getResults() {
        return results;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String show() {
        return "/ranking?faces-redirect=true&call=" + callId;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }
}
