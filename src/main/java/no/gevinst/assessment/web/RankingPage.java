package no.gevinst.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.calls.entity.Call;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.assessment.entity.Ranking;
import no.gevinst.platform.entity.Page;

/**
 * A call's assessed applications ranked by weighted score against its frame ({@code ?call=}), with the cut line and
 * the totals per county and category; the newest call when none is chosen.
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
    FacesContext faces;

    private Long callId;

    public void load() {
        if (callId == null) {
            getCalls().stream().findFirst().ifPresent(call -> callId = call.getId());
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
