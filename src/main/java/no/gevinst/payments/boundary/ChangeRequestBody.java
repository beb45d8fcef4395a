package no.gevinst.payments.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.payments.entity.ChangeRequest;
import no.gevinst.payments.entity.PlanChange;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of a grant's plan as a client writes it: the municipality's request (with its justification), or the case
 * handler's adjustment. Each part left out stays as it is.
 */
public class ChangeRequestBody {
    public String justification;
    @Schema(ref = "Amount")
    public String amount;
    public LocalDate plannedOperationDate;
    public List<ChangeMilestoneRequest> milestones;

    /** Whether it changes anything at all (a recommendation without one adjusts nothing). */
    boolean changesSomething() {
        return amount != null || plannedOperationDate != null || milestones != null;
    }

    /** The change it asks for; values that cannot even be read are refused together. */
    PlanChange change() {
        List<Violation> unreadable = new ArrayList<>();
        var parsedAmount = Codes.amount(amount, "amount", unreadable);
        List<PlanChange.Line> lines = null;
        if (milestones != null) {
            lines = new ArrayList<>();
            for (int i = 0; i < milestones.size(); i++) {
                ChangeMilestoneRequest m = milestones.get(i);
                lines.add(m == null ? null : new PlanChange.Line(m.id, m.title, m.dueDate,
                        Codes.amount(m.amount, "milestones[" + i + "].amount", unreadable)));
            }
        }
        InvalidInputException.throwIfAny(unreadable, ChangeRequest.LABELS);
        return new PlanChange(parsedAmount, plannedOperationDate, lines);
    }
}
