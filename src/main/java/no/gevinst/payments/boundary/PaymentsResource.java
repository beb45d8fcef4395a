package no.gevinst.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.Codes;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import no.gevinst.platform.rest.ReasonRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "payments")
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class PaymentsResource {

    @Inject
    Payments payments;

    @GET
    @Operation(summary = "Payments, the newest first, by status (PROPOSED, APPROVED, REJECTED, SENT) and budget year"
            + " (CASE_HANDLER, APPROVER, MANAGEMENT; the accounting system's access token)")
    public PageView<PaymentView> listPayments(@QueryParam("status") String status, @QueryParam("budgetYear") Integer budgetYear,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        List<Violation> unreadable = new ArrayList<>();
        PaymentStatus statusFilter = Codes.parse(PaymentStatus.class, status, "status", unreadable);
        InvalidInputException.throwIfAny(unreadable);
        return PageView.of(payments.search(statusFilter, budgetYear, paging.page(), paging.size()), PaymentView::of);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a proposed payment (APPROVER, neither its proposer nor its milestone's verifier)")
    @APIResponse(responseCode = "200", description = "The payment approved, to be gathered into the next batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentView.class),
                    examples = @ExampleObject(name = "approved", summary = "A milestone's payment, 20 % withheld",
                            value = """
                                    {"id": 7, "applicationId": 3, "milestoneId": 11, "kind": "MILESTONE",
                                     "gross": "333333.33", "withheld": "66666.67", "net": "266666.66",
                                     "status": "APPROVED", "proposedBy": "saksbehandler1",
                                     "proposedAt": "2027-04-06T10:15:00+02:00", "approvedBy": "godkjenner1"}
                                    """)))
    public PaymentView approvePayment(@PathParam("id") long id) {
        return PaymentView.of(payments.approve(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a proposed payment with a reason; its milestone goes back to reported (APPROVER)")
    public PaymentView rejectPayment(@PathParam("id") long id, ReasonRequest request) {
        return PaymentView.of(payments.reject(id, ReasonRequest.reasonOf(request)));
    }
}
