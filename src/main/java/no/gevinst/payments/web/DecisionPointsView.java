package no.gevinst.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.boundary.WaitingAtDecisionPoint;

/** The grants waiting at a decision point, on the case handlers' and approvers' start pages. */
@Named
@RequestScoped
public class DecisionPointsView {

    @Inject
    Grants grants;

    private List<WaitingAtDecisionPoint> waiting;

    public List<WaitingAtDecisionPoint> getWaiting() {
        if (waiting == null) {
            waiting = grants.waitingAtDecisionPoint();
        }
        return waiting;
    }
}
