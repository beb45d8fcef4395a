package no.gevinst.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.calls.entity.Call;

/** The calls open today, shown on every role's start page. */
@Named
@RequestScoped
public class OpenCallsView {

    @Inject
    Calls calls;

    private List<Call> open;

    public List<Call> getOpen() {
        if (open == null) {
            open = calls.openToday();
        }
        return open;
    }
}
