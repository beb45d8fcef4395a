package no.gevinst.payments.boundary;

import no.gevinst.platform.entity.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import no.gevinst.payments.entity.BatchStatus;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentBatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "payments")
@Path("payment-batches")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PaymentBatchesResource {

    /** A batch: how many payments, their total, and which. */
    public record BatchView(long id, BatchStatus status, int count, Money total, String createdBy,
            OffsetDateTime createdAt, String sentBy, OffsetDateTime sentAt, String sha256, List<Long> payments) {
        static BatchView of(PaymentBatch batch) {
            ZoneId oslo = ZoneId.of("Europe/Oslo");
            return new BatchView(batch.getId(), batch.getStatus(), batch.getCount(), batch.getTotal(),
                    batch.getCreatedBy(), batch.getCreatedAt().atZone(oslo).toOffsetDateTime(), batch.getSentBy(),
                    batch.getSentAt() == null ? null : batch.getSentAt().atZone(oslo).toOffsetDateTime(),
                    batch.getSha256(), batch.getPayments().stream().map(Payment::getId).toList());
        }
    }

    @Inject
    Payments payments;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Gather every approved payment not yet in a batch into a new batch (APPROVER)")
    @APIResponse(responseCode = "201", description = "The batch created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchView.class),
                    examples = @ExampleObject(name = "created", summary = "Two approved payments gathered", value = """
                            {"id": 2, "status": "CREATED", "count": 2, "total": "533333.33",
                             "createdBy": "godkjenner1", "createdAt": "2027-04-08T09:00:00+02:00",
                             "payments": [7, 8]}
                            """)))
    public Response createPaymentBatch() {
        PaymentBatch batch = payments.gather();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(batch.getId())).build())
                .entity(BatchView.of(batch)).build();
    }

    @Operation(summary = "One payment batch (APPROVER; the accounting system's access token)")
    @GET
    @Path("{id}")
    public BatchView getPaymentBatch(@PathParam("id") long id) {
        return BatchView.of(payments.batch(id));
    }

    @GET
    @Path("{id}/pain001")
    @Produces({"application/xml", MediaType.APPLICATION_JSON})
    @Operation(summary = "The batch as an ISO 20022 pain.001.001.03 file; the first export marks it sent, every"
            + " later one returns the same file (APPROVER; the accounting system's access token)")
    @APIResponse(responseCode = "200", description = "The ISO 20022 pain.001.001.03 file",
            content = @Content(mediaType = "application/xml",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response paymentBatchFile(@PathParam("id") long id) {
        byte[] file = payments.export(id);
        return Response.ok(file, "application/xml")
                .header("Content-Disposition", "attachment; filename=\"gevinst-utbetalinger-" + id + ".xml\"").build();
    }
}
