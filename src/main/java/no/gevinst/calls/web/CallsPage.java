package no.gevinst.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.calls.boundary.Calls;
import no.gevinst.calls.entity.Call;
import no.gevinst.platform.entity.Page;

/** The administrator's list of calls. */
@Named
@RequestScoped
public class CallsPage {

    @Inject
    Calls calls;

    @Inject
    Clock clock;

    private List<Call> all;

    public List<Call> getAll() {
        if (all == null) {
            all = calls.all(0, Page.MAX_SIZE).items();
        }
        return all;
    }

    /** "upcoming", "open" or "closed" today, for the status label {@code call.status.*}. */
    public String statusOf(Call call) {
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(call.getOpensOn())) {
            return "upcoming";
        }
        return call.isOpenOn(today) ? "open" : "closed";
    }
}
